using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>
/// The build properties an SDK build hands every generator (Refit's props make these compiler-visible); the same
/// provider is given to both generators.
/// </summary>
internal sealed class BuildPropertyOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options s_global = new(ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Bench",
        ["build_property.RefitInternalNamespace"] = "Bench",
        ["build_property.RefitGeneratedRequestBuilding"] = "true",
        ["build_property.RefitEmitGeneratedCodeMarkers"] = "true",
    }));

    private static readonly Options s_empty = new(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GlobalOptions => s_global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
