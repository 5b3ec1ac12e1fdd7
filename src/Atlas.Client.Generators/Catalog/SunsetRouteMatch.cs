using System;
using System.Collections.Generic;
using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Catalog;

/// <summary>
/// A route or URL text whose path has the shape of a sunset operation: which one, and where its segments are in the
/// text, so a code fix can rewrite exactly the segments that differ from the replacement.
/// </summary>
internal sealed class SunsetRouteMatch
{
    private SunsetRouteMatch(SunsetReplacementPaths pattern, string text, List<PathSegment> segments, int rootIndex, int versionIndex, bool methodMatches)
    {
        MethodMatches = methodMatches;
        Pattern = pattern;
        Text = text;
        Segments = segments;
        RootIndex = rootIndex;
        VersionIndex = versionIndex;
    }

    public SunsetReplacementPaths Pattern { get; }

    public SunsetOperation Operation => Pattern.Operation;

    /// <summary>False when the request's HTTP method is known and differs from the matched operation's.</summary>
    public bool MethodMatches { get; }

    /// <summary>The analysed text; interpolation holes and non-constant operands appear as <c>{}</c>.</summary>
    public string Text { get; }

    /// <summary>Every path segment of <see cref="Text"/>.</summary>
    public IReadOnlyList<PathSegment> Segments { get; }

    /// <summary>The index in <see cref="Segments"/> of the first segment below the API root (<c>groups</c>).</summary>
    public int RootIndex { get; }

    /// <summary>The index of the API version segment (<c>v2</c> or <c>v1.0</c>), or -1 for a path relative to the API root.</summary>
    public int VersionIndex { get; }

    /// <summary>True for the legacy unversioned <c>/api/atlas/v1.0/</c> form.</summary>
    public bool IsLegacyApi => VersionIndex >= 0 && Segments[VersionIndex].IsLiteral(Text, "v1.0");

    /// <summary>
    /// Cheap test first (no allocation): a text without a literal segment that only sunset paths have (for the tenant
    /// rules, <c>tenant</c>), standing as a whole path segment, cannot be one of them. Only the rare text that has it is
    /// cut into segments and looked up. A piece of a concatenation may end or start mid-path, so the ends of the text
    /// count as segment boundaries too.
    /// </summary>
    public static bool MayMatch(string text) => MayMatch(text, SpecCatalog.Index);

    private static bool MayMatch(string text, SpecRouteIndex catalog)
    {
        foreach (var marker in catalog.SunsetMarkers)
        {
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                var end = at + marker.Length;
                if ((at == 0 || text[at - 1] == '/') && (end == text.Length || text[end] is '/' or '?' or '#'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The one rule for "is this request sunset": the catalog operations whose path has the text's shape (placeholder
    /// names ignored, run-time holes standing for any segment), those with a tenant → Flex rule whose
    /// <paramref name="version"/> is sunset too (a version the catalog offers with no sunset date is not; an unknown or
    /// absent version is), and among them the one with <paramref name="httpMethod"/> when it is known. A sunset path is
    /// gone for every method, so a route with another method still matches, with <see cref="MethodMatches"/> false: the
    /// analyzers flag it, and the generator, which names the replacement of exactly this operation, does not use it.
    /// </summary>
    public static SunsetRouteMatch? TryMatch(string text, string? httpMethod = null, string? version = null, SpecRouteIndex? catalog = null)
    {
        catalog ??= SpecCatalog.Index;
        if (!MayMatch(text, catalog))
        {
            return null;
        }

        var segments = RoutePath.Split(text);
        if (!TryFindApiRoot(text, segments, out var root, out var versionIndex))
        {
            return null;
        }

        SpecOperation? found = null;
        foreach (var op in catalog.Find(text, segments, root))
        {
            if (op.Sunset is null || (version is not null && op.Find(version) is { Sunset: null }))
            {
                continue;
            }

            if (found is null || (httpMethod is not null && !SameMethod(found, httpMethod) && SameMethod(op, httpMethod)))
            {
                found = op;
            }
        }

        return found is null
            ? null
            : new SunsetRouteMatch(new SunsetReplacementPaths(found), text, segments, root, versionIndex, httpMethod is null || SameMethod(found, httpMethod));
    }

    private static bool SameMethod(SpecOperation op, string httpMethod) => string.Equals(op.Method, httpMethod, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the path below <c>/api/atlas/{v2|v1.0}/</c> starts. Accepted in front of it: nothing (a path relative to a
    /// base address ending in the API root), the API root itself, or one segment before the API root or before
    /// <c>groups</c> (a host written without a scheme, or a hole holding the base address).
    /// </summary>
    internal static bool TryFindApiRoot(string text, List<PathSegment> segments, out int root, out int version)
    {
        for (var lead = 0; lead <= 1 && lead < segments.Count; lead++)
        {
            if (IsApiRoot(text, segments, lead))
            {
                root = lead + 3;
                version = lead + 2;
                return true;
            }

            if (segments[lead].IsLiteral(text, "groups") && (lead == 0 || segments[0].IsParametric))
            {
                root = lead;
                version = -1;
                return true;
            }
        }

        root = version = -1;
        return false;
    }

    private static bool IsApiRoot(string text, List<PathSegment> segments, int at)
        => segments.Count > at + 2
           && segments[at].IsLiteral(text, "api")
           && segments[at + 1].IsLiteral(text, "atlas")
           && (segments[at + 2].IsLiteral(text, "v2") || segments[at + 2].IsLiteral(text, "v1.0"));
}
