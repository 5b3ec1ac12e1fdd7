namespace Atlas.Client.Generators.Model;

/// <summary>
/// One piece of a route template: literal text (validated and ready to append) or a placeholder. A placeholder is
/// <see cref="WholeSegment"/> when nothing else shares its segment; only then can a value such as <c>..</c> change the
/// path's shape, so only then does the runtime reject those values.
/// </summary>
/// <param name="Literal">The literal text, or null for a placeholder.</param>
/// <param name="ParameterName">The placeholder's name, or null for literal text.</param>
/// <param name="WholeSegment">Whether the placeholder is alone in its segment.</param>
internal sealed record RoutePart(string? Literal, string? ParameterName, bool WholeSegment);
