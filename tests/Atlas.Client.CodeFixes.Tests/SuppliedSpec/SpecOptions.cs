using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Atlas.Client.Generators.Analyzers.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Tests.SuppliedSpec;

/// <summary>
/// Analyzer options as a build with the package presents them, for tests that drive the analyzers or
/// <see cref="CompilationSpecCatalog"/> directly: the reference date, the opt-in and the spec files.
/// </summary>
internal sealed class SpecOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;
    private readonly Options _spec;

    private SpecOptions(string referenceDate, bool reportRemoved)
    {
        _global = new Options(new Dictionary<string, string> { ["build_property.AtlasApiReferenceDate"] = referenceDate });
        var spec = new Dictionary<string, string> { [CompilationSpecCatalog.SpecMetadataKey] = "true" };
        if (reportRemoved)
        {
            spec[CompilationSpecCatalog.ReportRemovedMetadataKey] = "true";
        }

        _spec = new Options(spec);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public static AnalyzerOptions For(string referenceDate, bool reportRemoved, params (string Path, string Text)[] specs)
        => For(referenceDate, reportRemoved, specs.Select(s => (AdditionalText)new InMemoryText(s.Path, SourceText.From(s.Text))).ToArray());

    public static AnalyzerOptions For(string referenceDate, bool reportRemoved, params AdditionalText[] specs)
        => new(specs.ToImmutableArray(), new SpecOptions(referenceDate, reportRemoved));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _spec;

    /// <summary>An additional file held in memory; <see cref="GetText"/> returns the same text every time, as Roslyn's do.</summary>
    internal sealed class InMemoryText(string path, SourceText? text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
