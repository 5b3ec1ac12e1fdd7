using System;
using System.Collections.Generic;
using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>
/// A route or URL text whose path has the shape of a sunset operation: which one, and where its segments are in the
/// text, so a code fix can rewrite exactly the segments that differ from the replacement.
/// </summary>
internal sealed class SunsetRouteMatch
{
    private const string CharacteristicSegment = "tenant";

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
    /// Cheap test first (no allocation): a text without the characteristic <c>tenant</c> segment cannot be a tenant
    /// backup path. Only the rare text that has it is cut into segments and compared with the catalog.
    /// </summary>
    public static bool MayMatch(string text) => text.IndexOf(CharacteristicSegment, StringComparison.Ordinal) >= 0;

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

        foreach (var pattern in SunsetRoutePattern.All)
        {
            if (Matches(text, segments, root, pattern.Segments))
            {
                return new SunsetRouteMatch(pattern, text, segments, root, version);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the path below <c>/api/atlas/{v2|v1.0}/</c> starts. Accepted in front of it: nothing (a path relative to a
    /// base address ending in the API root), the API root itself, or one segment before the API root or before
    /// <c>groups</c> (a host written without a scheme, or a hole holding the base address).
    /// </summary>
    private static bool TryFindApiRoot(string text, List<PathSegment> segments, out int root, out int version)
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

    private static bool Matches(string text, List<PathSegment> segments, int root, string[] pattern)
    {
        if (segments.Count - root != pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var expected = pattern[i];
            if (!SunsetRoutePattern.IsPlaceholder(expected) && !segments[root + i].IsLiteral(text, expected))
            {
                return false;
            }
        }

        return true;
    }
}
