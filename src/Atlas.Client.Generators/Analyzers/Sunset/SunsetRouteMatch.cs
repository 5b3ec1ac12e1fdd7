using System;
using System.Collections.Generic;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>
/// A route or URL text whose path has the shape of a sunset operation: which one, and where its segments are in the
/// text, so a code fix can rewrite exactly the segments that differ from the replacement.
/// </summary>
internal sealed class SunsetRouteMatch
{
    private SunsetRouteMatch(SunsetRoutePattern pattern, string text, List<PathSegment> segments, int rootIndex, int versionIndex)
    {
        Pattern = pattern;
        Text = text;
        Segments = segments;
        RootIndex = rootIndex;
        VersionIndex = versionIndex;
    }

    public SunsetRoutePattern Pattern { get; }

    public SunsetOperation Operation => Pattern.Operation;

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
    public static bool MayMatch(string text)
    {
        foreach (var marker in SpecCatalog.Index.SunsetMarkers)
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

    public static SunsetRouteMatch? TryMatch(string text)
    {
        if (!MayMatch(text))
        {
            return null;
        }

        var segments = RoutePath.Split(text);
        if (!TryFindApiRoot(text, segments, out var root, out var version))
        {
            return null;
        }

        // Matched on the path alone: every method of a sunset path is gone with it.
        foreach (var op in SpecCatalog.Index.Find(text, segments, root))
        {
            if (op.Sunset is not null)
            {
                return new SunsetRouteMatch(new SunsetRoutePattern(op), text, segments, root, version);
            }
        }

        return null;
    }

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
