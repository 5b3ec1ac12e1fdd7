using System;
using System.Collections.Generic;
using Atlas.Client.Generators.Catalog;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// The operations nearest to a route that matches none: same depth, literal segments compared by edit distance,
/// placeholders free, another HTTP method a small penalty. Used for the suggestions and, when one operation with the
/// route's method is clearly closest, for the code fix.
/// </summary>
internal static class SpecClosestOperations
{
    /// <summary>The most a route may differ (in edited characters) from an operation for the fix to rewrite it.</summary>
    public const int FixableDistance = 3;

    private const int OtherMethodPenalty = 2;

    public static List<(SpecOperation Operation, int Distance)> Rank(
        SpecRouteIndex index, string method, string text, IReadOnlyList<PathSegment> segments, int root, int count)
    {
        var ranked = new List<(SpecOperation, int)>();
        foreach (var op in index.Operations)
        {
            if (op.Segments.Length != segments.Count - root || op.RemovedBy is not null)
            {
                continue;
            }

            var distance = op.Method == method ? 0 : OtherMethodPenalty;
            for (var i = 0; i < op.Segments.Length && distance <= 12; i++)
            {
                distance += SegmentDistance(op.Segments[i], text, segments[root + i]);
            }

            ranked.Add((op, distance));
        }

        ranked.Sort(static (a, b) => a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2) : string.CompareOrdinal(a.Item1.Path, b.Item1.Path));
        if (ranked.Count > count)
        {
            ranked.RemoveRange(count, ranked.Count - count);
        }

        return ranked;
    }

    /// <summary>The operation the fix may move to: the unique closest with the same method, within <see cref="FixableDistance"/>.</summary>
    public static SpecOperation? Unambiguous(List<(SpecOperation Operation, int Distance)> ranked, string method)
    {
        (SpecOperation Operation, int Distance)? best = null;
        foreach (var candidate in ranked)
        {
            if (candidate.Operation.Method != method)
            {
                continue;
            }

            if (best is null)
            {
                best = candidate;
            }
            else if (candidate.Distance == best.Value.Distance)
            {
                return null;
            }
        }

        return best is { Distance: > 0 and <= FixableDistance } found ? found.Operation : null;
    }

    private static int SegmentDistance(string spec, string text, PathSegment segment)
    {
        if (SpecRouteIndex.SegmentMatches(spec, text, segment))
        {
            return 0;
        }

        var value = text.Substring(segment.Start, segment.Length);
        return segment.IsParametric || SpecRouteIndex.IsParameter(spec) ? Math.Max(spec.Length, value.Length) : Levenshtein(spec, value);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
