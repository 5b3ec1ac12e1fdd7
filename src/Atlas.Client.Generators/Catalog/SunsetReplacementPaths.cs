using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Catalog;

/// <summary>
/// A sunset operation of the spec catalog seen as a pattern: its path's segments below <c>/api/atlas/v2/</c> and those
/// of its replacement. A view over <see cref="SpecOperation"/>, so the sunset rules and the spec checks share one catalog
/// and one route-shape index.
/// </summary>
internal sealed class SunsetReplacementPaths
{
    public SunsetReplacementPaths(SpecOperation operation)
    {
        Spec = operation;
        Operation = operation.Sunset!;
        Segments = operation.Segments;
        ReplacementSegments = operation.Replacement?.Segments ?? new string[0];
    }

    public SpecOperation Spec { get; }

    public SunsetOperation Operation { get; }

    /// <summary>The tenant path's segments below the API root; a placeholder is written <c>{name}</c>.</summary>
    public string[] Segments { get; }

    /// <summary>The replacement path's segments below the API root (empty when there is no replacement).</summary>
    public string[] ReplacementSegments { get; }

    public static bool IsPlaceholder(string patternSegment) => patternSegment.Length > 1 && patternSegment[0] == '{';

    public static string PlaceholderName(string patternSegment) => patternSegment.Substring(1, patternSegment.Length - 2);
}
