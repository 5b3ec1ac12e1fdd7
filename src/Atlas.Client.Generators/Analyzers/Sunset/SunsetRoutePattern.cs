using System.Collections.Generic;
using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>
/// One catalog path cut into segments below <c>/api/atlas/v2/</c>: literal segments and placeholders. Built once per
/// process from <see cref="SunsetCatalog"/>, so no analyzer parses the catalog per compilation.
/// </summary>
internal sealed class SunsetRoutePattern
{
    private SunsetRoutePattern(SunsetOperation operation, string[] segments, string[] replacementSegments)
    {
        Operation = operation;
        Segments = segments;
        ReplacementSegments = replacementSegments;
    }

    public SunsetOperation Operation { get; }

    /// <summary>The tenant path's segments below the API root; a placeholder is written <c>{name}</c>.</summary>
    public string[] Segments { get; }

    /// <summary>The replacement path's segments below the API root (empty when there is no replacement).</summary>
    public string[] ReplacementSegments { get; }

    /// <summary>Every catalog operation as a pattern, in catalog order.</summary>
    public static readonly SunsetRoutePattern[] All = Build();

    public static bool IsPlaceholder(string patternSegment) => patternSegment.Length > 1 && patternSegment[0] == '{';

    public static string PlaceholderName(string patternSegment) => patternSegment.Substring(1, patternSegment.Length - 2);

    private static SunsetRoutePattern[] Build()
    {
        var patterns = new SunsetRoutePattern[SunsetCatalog.Operations.Length];
        for (var i = 0; i < patterns.Length; i++)
        {
            var op = SunsetCatalog.Operations[i];
            patterns[i] = new SunsetRoutePattern(op, BelowApiRoot(op.Path), op.ReplacementPath is null ? new string[0] : BelowApiRoot(op.ReplacementPath));
        }

        return patterns;
    }

    private static string[] BelowApiRoot(string path)
    {
        const string Root = "/api/atlas/v2/";
        var list = new List<string>();
        foreach (var segment in path.Substring(Root.Length).Split('/'))
        {
            list.Add(segment);
        }

        return list.ToArray();
    }
}
