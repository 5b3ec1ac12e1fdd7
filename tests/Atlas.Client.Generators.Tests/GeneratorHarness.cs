using System.Collections.Immutable;
using Atlas.Client.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// Compiles a source the way a user's build does: the generator runs first, then the compiler and the analyzer see its
/// output. Tests read what the user would see: the ATLAS diagnostics and any compiler diagnostic left over. Each run
/// also checks the pipeline's caching (<see cref="IncrementalCheck"/>).
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<Task<ISourceGenerator[]>> JsonGenerators = new(JsonSourceGenerator.LoadAsync);

    public static async Task<Result> RunAsync(string source, bool withHttpClientFactory = false, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var parseOptions = ParseOptions.WithLanguageVersion(languageVersion);
        var compilation = await CreateCompilationAsync(withHttpClientFactory, parseOptions, source);
        // The user's build runs the JSON generator beside ours: their contexts need it to compile.
        var driver = CreateDriver(parseOptions).AddGenerators((await JsonGenerators.Value).ToImmutableArray());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        // Every test is an incremental test too: the same compilation again must cost the pipeline nothing.
        IncrementalCheck.AssertSecondRunIsCached(driver, compilation);
        // And a proof of the fast path: the full parser alone must write the very same files, byte for byte.
        FastPathCheck.AssertSameOutputAsFullParser(driver, compilation, parseOptions);
        var analyzers = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ClientValidationAnalyzer()));
        var analyzerDiagnostics = await analyzers.GetAnalyzerDiagnosticsAsync();
        var compilerDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        var generated = driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString());
        return new Result(analyzerDiagnostics, compilerDiagnostics, generatorDiagnostics, generated);
    }

    public static Task<CSharpCompilation> CreateCompilationAsync(bool withHttpClientFactory, params string[] sources)
        => CreateCompilationAsync(withHttpClientFactory, ParseOptions, sources);

    public static async Task<CSharpCompilation> CreateCompilationAsync(bool withHttpClientFactory, CSharpParseOptions parseOptions, params string[] sources)
        => CSharpCompilation.Create(
            "UserProject",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Source{i}.cs")),
            await References.ForAsync(withHttpClientFactory),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator() },
            parseOptions: parseOptions ?? ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    internal sealed record Result(
        ImmutableArray<Diagnostic> Analyzer,
        ImmutableArray<Diagnostic> Compiler,
        ImmutableArray<Diagnostic> Generator,
        IReadOnlyDictionary<string, string> Generated);
}
