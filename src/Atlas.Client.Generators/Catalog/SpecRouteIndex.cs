using System;
using System.Collections.Generic;

namespace Atlas.Client.Generators.Catalog;

/// <summary>
/// Finds operations by the shape of a path: segment by segment, literal segments equal, a spec placeholder taking any
/// value, placeholder names ignored, a string's run-time hole (<c>{}</c>) standing for any one segment. Operations are bucketed by segment count, so a look-up compares a route with the
/// few dozen operations of its depth only.
/// </summary>
internal sealed class SpecRouteIndex
{
    private readonly Dictionary<int, List<SpecOperation>> _byDepth = new();

    public SpecRouteIndex(SpecOperation[] operations)
    {
        Operations = operations;
        var markers = new List<string>();
        foreach (var op in operations)
        {
            if (!_byDepth.TryGetValue(op.Segments.Length, out var bucket))
            {
                _byDepth[op.Segments.Length] = bucket = new List<SpecOperation>();
            }

            bucket.Add(op);
        }

        // A literal segment that only sunset operations have is enough to tell a text that cannot be one of them.
        foreach (var op in operations)
        {
            if (op.Sunset is null)
            {
                continue;
            }

            // Any literal segment of the path is present in every text that matches it; one that no other operation
            // uses rejects more texts, so it is preferred.
            string? marker = null;
            foreach (var segment in op.Segments)
            {
                if (!IsParameter(segment) && (marker is null || !UsedOutsideSunset(operations, segment) && UsedOutsideSunset(operations, marker)))
                {
                    marker = segment;
                }
            }

            if (marker is not null && !markers.Contains(marker))
            {
                markers.Add(marker);
            }
        }

        SunsetMarkers = markers.ToArray();
    }

    public SpecOperation[] Operations { get; }

    /// <summary>Literal segments that only sunset operations' paths contain (for the tenant rules: <c>tenant</c>).</summary>
    public string[] SunsetMarkers { get; }

    /// <summary>Every operation (any method) whose path has the shape of <paramref name="segments"/> from <paramref name="root"/> on.</summary>
    public List<SpecOperation> Find(string text, IReadOnlyList<PathSegment> segments, int root)
    {
        var found = new List<SpecOperation>();
        if (_byDepth.TryGetValue(segments.Count - root, out var bucket))
        {
            foreach (var op in bucket)
            {
                if (Matches(op, text, segments, root))
                {
                    found.Add(op);
                }
            }
        }

        // Where both a literal and a placeholder segment fit (clusters/tenantUpgrade, clusters/{clusterName};
        // {name}:start, {name}), the operation whose segments say more is what the route addresses.
        if (found.Count > 1)
        {
            var best = 0;
            foreach (var op in found)
            {
                best = Math.Max(best, Specificity(op, text, segments, root));
            }

            found.RemoveAll(op => Specificity(op, text, segments, root) < best);
        }

        return found;
    }

    /// <summary>
    /// True when some operation with <paramref name="method"/> has a path that starts like the text, its last
    /// segment (a run-time hole) standing for one or more segments: what a variable holding the rest of the path
    /// (<c>$"/api/atlas/v2/groups/{id}/{rest}"</c>) may be.
    /// </summary>
    public bool HasOperationUnderTrailingHole(string method, string text, IReadOnlyList<PathSegment> segments, int root)
    {
        var prefix = segments.Count - root - 1;
        if (prefix < 0 || !segments[segments.Count - 1].IsHole(text))
        {
            return false;
        }

        foreach (var op in Operations)
        {
            if (op.Method == method && op.RemovedBy is null && op.Segments.Length > prefix && Matches(op, text, segments, root, prefix))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsParameter(string specSegment) => specSegment.IndexOf('{') >= 0;

    public static bool SegmentMatches(string spec, string text, PathSegment segment)
    {
        if (segment.IsHole(text))
        {
            return true;
        }

        if (!IsParameter(spec))
        {
            return segment.IsLiteral(text, spec);
        }

        if (spec[0] == '{' && spec[spec.Length - 1] == '}' && spec.IndexOf('{', 1) < 0)
        {
            return segment.Length > 0;
        }

        // A segment that mixes placeholders and text ({processorName}:start): the text parts must be there, in order.
        return MixedMatches(spec, text.Substring(segment.Start, segment.Length));
    }

    private static bool Matches(SpecOperation op, string text, IReadOnlyList<PathSegment> segments, int root)
        => Matches(op, text, segments, root, op.Segments.Length);

    /// <summary>The first <paramref name="count"/> segments of the operation's path fit the text's from <paramref name="root"/> on.</summary>
    private static bool Matches(SpecOperation op, string text, IReadOnlyList<PathSegment> segments, int root, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!SegmentMatches(op.Segments[i], text, segments[root + i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MixedMatches(string spec, string value)
    {
        var position = 0;
        var i = 0;
        while (i < spec.Length)
        {
            if (spec[i] == '{')
            {
                var close = spec.IndexOf('}', i);
                i = close < 0 ? spec.Length : close + 1;

                // A placeholder in the value ({name} or an interpolation hole) stands for the spec's placeholder.
                if (position < value.Length && value[position] == '{')
                {
                    var valueClose = value.IndexOf('}', position);
                    position = valueClose < 0 ? value.Length : valueClose + 1;
                }
                else
                {
                    var nextLiteral = i < spec.Length ? spec.IndexOf('{', i) : -1;
                    var literal = i >= spec.Length ? string.Empty : spec.Substring(i, (nextLiteral < 0 ? spec.Length : nextLiteral) - i);
                    var at = literal.Length == 0 ? value.Length : value.IndexOf(literal, position + 1, StringComparison.Ordinal);
                    if (at <= position)
                    {
                        return false;
                    }

                    position = at;
                }
            }
            else
            {
                var next = spec.IndexOf('{', i);
                var literal = spec.Substring(i, (next < 0 ? spec.Length : next) - i);
                if (string.CompareOrdinal(value, position, literal, 0, literal.Length) != 0)
                {
                    return false;
                }

                position += literal.Length;
                i += literal.Length;
            }
        }

        return position == value.Length;
    }

    /// <summary>
    /// Two points a literal segment, one a segment that mixes a placeholder with text, none a bare placeholder; none
    /// where the text has a run-time hole, which says nothing about which of the operations it is.
    /// </summary>
    private static int Specificity(SpecOperation op, string text, IReadOnlyList<PathSegment> segments, int root)
    {
        var score = 0;
        for (var i = 0; i < op.Segments.Length; i++)
        {
            var segment = op.Segments[i];
            score += segments[root + i].IsHole(text) ? 0
                : !IsParameter(segment) ? 2
                : segment[0] != '{' || segment[segment.Length - 1] != '}' || segment.IndexOf('{', 1) >= 0 ? 1 : 0;
        }

        return score;
    }

    private static bool UsedOutsideSunset(SpecOperation[] operations, string segment)
    {
        foreach (var op in operations)
        {
            if (op.Sunset is null && Array.IndexOf(op.Segments, segment) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
