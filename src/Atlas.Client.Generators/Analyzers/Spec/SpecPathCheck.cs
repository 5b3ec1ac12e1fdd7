using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// The checks that need only an HTTP method and a path: no operation has them (ATLAS0104), the operation was removed
/// (ATLAS0105), the legacy v1.0 API (ATLAS0106). Shared by the <c>[AtlasClient]</c> route analyzer and the raw-string
/// analyzer, so both report the same thing with the same message for the same method and path. Tenant backup paths
/// are left to the sunset analyzers, which have a migration for them.
/// </summary>
internal static class SpecPathCheck
{
    /// <param name="index">The compilation's catalog (<see cref="CompilationSpecCatalog.Index"/>).</param>
    /// <param name="httpMethod">The method, upper case.</param>
    /// <param name="text">A route template or a string's template text (run-time values written <c>{}</c>).</param>
    /// <param name="location">Where to report.</param>
    /// <param name="requireApiRoot">True to skip a path relative to the API root (<c>groups/...</c>), which a raw
    /// string may be for an API other than Atlas's.</param>
    /// <param name="current">The operation when the path is a current, non-tenant operation with this method (its
    /// resource version is then the caller's to check); otherwise null.</param>
    /// <returns>The diagnostic to report, or null.</returns>
    public static Diagnostic? Check(SpecRouteIndex index, string httpMethod, string text, Location location, bool requireApiRoot, out SpecOperation? current)
    {
        current = null;
        var segments = RoutePath.Split(text);
        if (!SunsetRouteMatch.TryFindApiRoot(text, segments, out var root, out var versionIndex) || (requireApiRoot && versionIndex < 0))
        {
            return null;
        }

        var matches = index.Find(text, segments, root);
        SpecOperation? op = null;
        foreach (var match in matches)
        {
            if (match.Sunset is not null)
            {
                return null;
            }

            // Of two operations of the same shape (a renamed placeholder, or a run-time hole that fits either), the one
            // still in the API is what the path addresses.
            if (match.Method == httpMethod && (op is null || op.RemovedBy is not null))
            {
                op = match;
            }
        }

        if (versionIndex >= 0 && segments[versionIndex].IsLiteral(text, "v1.0"))
        {
            var v2 = op ?? (matches.Count > 0 ? matches[0] : null);
            return Diagnostic.Create(
                SpecDiagnostics.LegacyApi, location, text,
                v2 is null ? "the v2 API has no operation at this path" : "the v2 API has it as " + v2.Display + " (" + v2.OperationId + ")");
        }

        if (op is null)
        {
            return index.HasOperationUnderTrailingHole(httpMethod, text, segments, root)
                ? null
                : Unknown(index, location, httpMethod, text, segments, root);
        }

        if (op.RemovedBy is not null)
        {
            return Diagnostic.Create(SpecDiagnostics.RemovedOperation, location, op.Display, op.OperationId, op.RemovedBy);
        }

        current = op;
        return null;
    }

    private static Diagnostic Unknown(SpecRouteIndex index, Location location, string httpMethod, string text, List<PathSegment> segments, int root)
    {
        var ranked = SpecClosestOperations.Rank(index, httpMethod, text, segments, root, count: 3);
        var suggestions = new StringBuilder();
        foreach (var (candidate, _) in ranked)
        {
            suggestions.Append(suggestions.Length == 0 ? string.Empty : "; ").Append(candidate.Display).Append(" (").Append(candidate.OperationId).Append(')');
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (SpecClosestOperations.Unambiguous(ranked, httpMethod) is { } closest)
        {
            properties = properties.Add(SpecDiagnostics.SuggestedRouteProperty, Rewrite(text, segments, root, closest));
        }

        return Diagnostic.Create(
            SpecDiagnostics.UnknownOperation, location, properties, httpMethod, text,
            suggestions.Length == 0 ? "no operation has a path of this depth" : suggestions.ToString());
    }

    /// <summary>The text with each literal segment replaced by the operation's; placeholders, holes, host and query kept.</summary>
    private static string Rewrite(string text, List<PathSegment> segments, int root, SpecOperation op)
    {
        var rewritten = new StringBuilder(text);
        for (var i = op.Segments.Length - 1; i >= 0; i--)
        {
            var segment = segments[root + i];
            if (!SpecRouteIndex.IsParameter(op.Segments[i]) && !segment.IsHole(text) && !segment.IsLiteral(text, op.Segments[i]))
            {
                rewritten.Remove(segment.Start, segment.Length).Insert(segment.Start, op.Segments[i]);
            }
        }

        return rewritten.ToString();
    }
}
