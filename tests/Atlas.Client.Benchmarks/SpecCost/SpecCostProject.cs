using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Atlas.Client.CatalogTool;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.Benchmarks.SpecCost;

/// <summary>
/// What the spec-cost harness compiles: <c>files</c> interfaces of ten [Get]/[Post]/… methods each, one per current
/// catalog operation that has a dated version, with its newest one (the routes a platform team's services call), and the spec the project
/// supplies: a synthetic full-size multi-version document of the whole Admin API (CatalogTool's SyntheticSpecWriter)
/// without the first operation the code calls, opted in to ReportRemoved, so that a run that used the spec reports
/// one ATLAS0105 more per call of that operation than a run that did not.
/// </summary>
internal sealed class SpecCostProject
{
    public const string SpecPath = "/bench/atlas-api.json";

    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Latest);

    private SpecCostProject(ImmutableArray<SyntaxTree> trees, string spec, int operations, string removed, int removedCalls)
    {
        RemovedCalls = removedCalls;
        Trees = trees;
        Spec = spec;
        SpecOperations = operations;
        Removed = removed;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public string Spec { get; }

    public int SpecOperations { get; }

    /// <summary>The operation the code calls and the spec lacks (<c>METHOD path</c>).</summary>
    public string Removed { get; }

    /// <summary>How many routes call <see cref="Removed"/>: the ATLAS0105 a run with the spec reports more than one without.</summary>
    public int RemovedCalls { get; }

    public static SpecCostProject Create(int files)
    {
        var root = RepositoryRoot();
        var current = CatalogReader.Read(CatalogPaths.CatalogJson(root), CatalogPaths.RulesJson(root)).Operations
            .Where(o => o.RemovedBy is null)
            .ToList();
        var callable = current.Where(o => o.Versions.Any(v => v.Version != "preview")).ToList();
        var called = Enumerable.Range(0, files * 10).Select(i => callable[i % callable.Count]).ToList();
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(files);
        for (var file = 0; file < files; file++)
        {
            var source = new StringBuilder("using System.Threading.Tasks;\nusing Atlas.Client;\n\nnamespace Bench;\n\n")
                .Append("[AtlasClient]\npublic partial interface IService").Append(file).Append("\n{\n");
            for (var method = 0; method < 10; method++)
            {
                var op = called[(file * 10) + method];
                var version = op.Versions.Where(v => v.Version != "preview").Max(v => v.Version)!;
                var attribute = char.ToUpperInvariant(op.Method[0]) + op.Method.Substring(1).ToLowerInvariant();
                source.Append("    [").Append(attribute).Append("(\"").Append(op.Path).Append("\", Version = \"").Append(version).Append("\")]\n")
                    .Append("    Task<string> Call").Append(method).Append("Async();\n");
            }

            trees.Add(CSharpSyntaxTree.ParseText(source.Append("}\n").ToString(), s_parse, path: $"/bench/IService{file}.cs"));
        }

        var removed = called[0];
        var spec = SyntheticSpecWriter.Write(current.Where(o => o != removed));
        return new SpecCostProject(trees.MoveToImmutable(), spec, current.Count - 1, removed.Key, called.Count(o => o == removed));
    }

    /// <summary>The options of a build with the spec (<paramref name="specText"/>) or without one (null).</summary>
    public static AnalyzerOptions Options(string? specText)
        => specText is null
            ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Provider(hasSpec: false))
            : new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText(SourceText.From(specText))), new Provider(hasSpec: true));

    private static string RepositoryRoot()
        => CatalogPaths.FindRepositoryRoot(AppContext.BaseDirectory) ?? CatalogPaths.FindRepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException("Run the harness inside the Atlas.Client repository.");

    /// <summary>What MSBuild's generated config says with Atlas.Client's targets: the reference date, the spec item and its opt-in.</summary>
    private sealed class Provider(bool hasSpec) : AnalyzerConfigOptionsProvider
    {
        private static readonly ConfigOptions Global = new(new() { ["build_property.AtlasApiReferenceDate"] = "2026-11-29" });
        private static readonly ConfigOptions SpecFile = new(new()
        {
            ["build_metadata.AdditionalFiles.AtlasApiSpec"] = "true",
            ["build_metadata.AdditionalFiles.AtlasApiSpecReportRemoved"] = "true",
        });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => hasSpec ? SpecFile : Global;
    }

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class InMemoryText(SourceText text) : AdditionalText
    {
        public override string Path => SpecPath;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
