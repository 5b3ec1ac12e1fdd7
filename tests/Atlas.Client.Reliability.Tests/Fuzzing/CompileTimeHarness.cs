using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Atlas.Client.Generators;
using Atlas.Client.Generators.Parsing;
using Atlas.Client.Generators.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>
/// Runs one case the way a user's build and IDE do, in process: our generator beside the real System.Text.Json
/// generator, then every analyzer we ship (found by reflection, so analyzers added later are fuzzed without a change
/// here) through <see cref="CompilationWithAnalyzers"/> with an exception callback, then every code fix offered for their
/// diagnostics (<see cref="CodeFixRunner"/>). References, generators, analyzers, parse options and the bound
/// references of a compilation are created once and shared by every case.
/// </summary>
internal sealed class CompileTimeHarness
{
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<MetadataReference> _referencesWithHttp;

    // Empty compilations every case starts from: a compilation made from another with the same references reuses its
    // bound references (the 160 assemblies of the reference pack) instead of binding them again.
    private readonly CSharpCompilation _emptyProject;
    private readonly CSharpCompilation _emptyProjectWithHttp;
    private readonly ConcurrentDictionary<LanguageVersion, CSharpParseOptions> _parseOptions = new();
    private readonly ISourceGenerator _ourGenerator;
    private readonly ImmutableArray<ISourceGenerator> _generators;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ImmutableHashSet<string> _analyzerIds = ImmutableHashSet<string>.Empty;

    private static readonly Lazy<Task<CompileTimeHarness>> Shared = new(CreateAsync);

    private CompileTimeHarness(ImmutableArray<MetadataReference> references, ImmutableArray<MetadataReference> referencesWithHttp, ISourceGenerator[] jsonGenerators)
    {
        _references = references;
        _referencesWithHttp = referencesWithHttp;
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true);
        _emptyProject = CSharpCompilation.Create("FuzzProject", [], references, options);
        _emptyProjectWithHttp = CSharpCompilation.Create("FuzzProject", [], referencesWithHttp, options);
        // Bind the references now, once, rather than in whichever cases come first.
        _ = _emptyProject.GetSpecialType(SpecialType.System_Object);
        _ = _emptyProjectWithHttp.GetSpecialType(SpecialType.System_Object);
        _ourGenerator = new ClientGenerator().AsSourceGenerator();
        _generators = ImmutableArray.Create(_ourGenerator).AddRange(jsonGenerators);
        Analyzers = Discover<DiagnosticAnalyzer>(typeof(ClientGenerator).Assembly, CodeFixRunner.CodeFixAssembly)
            .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        CodeFixes = new CodeFixRunner(Discover<CodeFixProvider>(CodeFixRunner.CodeFixAssembly)
            .Where(t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray());
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers
    {
        get => _analyzers;
        private init
        {
            _analyzers = value;
            _analyzerIds = value.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        }
    }

    public CodeFixRunner CodeFixes { get; }

    /// <summary>The one harness of this process: references and generators are loaded once, whichever test asks first.</summary>
    public static Task<CompileTimeHarness> SharedAsync() => Shared.Value;

    /// <summary>A harness that also runs <paramref name="extraAnalyzers"/> (for proving that a crash is caught).</summary>
    public CompileTimeHarness With(params DiagnosticAnalyzer[] extraAnalyzers)
        => new(_references, _referencesWithHttp, _generators.Skip(1).ToArray()) { Analyzers = Analyzers.AddRange(extraAnalyzers) };

    private static async Task<CompileTimeHarness> CreateAsync()
        => new(await References.ForAsync(false), await References.ForAsync(true), await JsonSourceGenerator.LoadAsync());

    public ImmutableArray<MetadataReference> ReferencesFor(bool withHttpClientFactory) => withHttpClientFactory ? _referencesWithHttp : _references;

    public async Task<CaseOutcome> RunAsync(FuzzInput input, CancellationToken cancellationToken)
        => (await RunCoreAsync(input, cancellationToken)).Outcome;

    /// <summary>The analyzers' diagnostics of one input, for tests that expect a particular one.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(FuzzInput input)
        => (await RunCoreAsync(input, CancellationToken.None)).AnalyzerDiagnostics;

    private async Task<(CaseOutcome Outcome, ImmutableArray<Diagnostic> AnalyzerDiagnostics)> RunCoreAsync(FuzzInput input, CancellationToken cancellationToken)
    {
        var outcome = new CaseOutcome();
        var parseOptions = _parseOptions.GetOrAdd(input.LanguageVersion, static version => new CSharpParseOptions(version, DocumentationMode.Diagnose));
        var tree = CSharpSyntaxTree.ParseText(input.Source, parseOptions, path: "User.cs", cancellationToken: cancellationToken);
        var empty = input.WithHttpClientFactory ? _emptyProjectWithHttp : _emptyProject;
        var compilation = empty.WithOptions(empty.Options.WithNullableContextOptions(input.Nullable)).AddSyntaxTrees(tree);

        // 1. The generators, as the compiler runs them: an exception surfaces as CS8784/CS8785 or on the run result.
        var driver = CSharpGeneratorDriver.Create(_generators, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics, cancellationToken);
        var ours = driver.GetRunResult().Results.Single(r => ReferenceEquals(r.Generator, _ourGenerator));
        if (ours.Exception is not null)
        {
            outcome.Crashes.Add("generator threw: " + ours.Exception);
        }

        foreach (var diagnostic in driverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785" && d.GetMessage().Contains(nameof(ClientGenerator), StringComparison.Ordinal)))
        {
            outcome.Crashes.Add("generator failure diagnostic: " + diagnostic);
        }

        var generatedTrees = ours.GeneratedSources.Select(s => s.SyntaxTree).ToHashSet();
        outcome.GeneratedFiles = generatedTrees.Count;
        CompareWithFullParser(ours, compilation, tree, parseOptions, outcome, cancellationToken);

        // 2. Every analyzer, with AD0001 routed to a callback instead of being swallowed into a warning. One binding pass
        // serves both the analyzers and the compiler's own diagnostics.
        var analyzerExceptions = new ConcurrentQueue<string>();
        var withAnalyzers = output.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => analyzerExceptions.Enqueue($"{analyzer.GetType().Name} threw: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken);
        var analyzerDiagnostics = all.Where(d => _analyzerIds.Contains(d.Id)).ToImmutableArray();
        outcome.Crashes.AddRange(analyzerExceptions);
        outcome.Crashes.AddRange(all.Where(d => d.Id == "AD0001").Select(d => "AD0001: " + d.GetMessage()));
        outcome.AtlasDiagnostics = analyzerDiagnostics.Count(d => d.Id.StartsWith("ATLAS", StringComparison.Ordinal));

        // 3. What the compiler says. Generated code must compile warning-free unless the user's input is itself in error.
        var compilerDiagnostics = all.Where(d => !_analyzerIds.Contains(d.Id)).ToImmutableArray();
        var inGenerated = compilerDiagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } t && generatedTrees.Contains(t))
            .ToList();
        outcome.InputHasError = analyzerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            || compilerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree);
        if (inGenerated.Count > 0 && !outcome.InputHasError)
        {
            outcome.GeneratedCodeBroken = string.Join("\n", inGenerated.Take(5).Select(d =>
                d + "\n    in: " + d.Location.SourceTree!.GetText(cancellationToken).Lines.GetLineFromPosition(d.Location.SourceSpan.Start).ToString().Trim()));
        }

        outcome.GeneratedCompiledClean = outcome.GeneratedFiles > 0 && inGenerated.Count == 0;

        // 4. Every code fix offered for our diagnostics, applied through a workspace.
        var fixable = analyzerDiagnostics.Where(d => d.Location.SourceTree == tree).ToImmutableArray();
        if (CodeFixes.CanFixAny(fixable))
        {
            var fixes = await CodeFixes.RunAsync(input, fixable, ReferencesFor(input.WithHttpClientFactory), parseOptions, cancellationToken);
            outcome.Crashes.AddRange(fixes.Crashes);
            outcome.FixBuildBreaks.AddRange(fixes.BuildBreaks);
            outcome.CodeFixesApplied = fixes.Applied;
        }

        return (outcome, analyzerDiagnostics);
    }

    /// <summary>
    /// The fast path's proof on fuzzed input: the full parser alone (<c>new ClientGenerator(useFastPath: false)</c>) must
    /// write the same files, byte for byte, as the generator that ran.
    /// </summary>
    private static void CompareWithFullParser(
        GeneratorRunResult ours, CSharpCompilation compilation, SyntaxTree tree, CSharpParseOptions parseOptions, CaseOutcome outcome,
        CancellationToken cancellationToken)
    {
        var semanticModel = compilation.GetSemanticModel(tree);
        outcome.FastPathClients = tree.GetRoot(cancellationToken).DescendantNodes().OfType<InterfaceDeclarationSyntax>()
            .Count(declaration => FastClientReader.TryRead(declaration, semanticModel, cancellationToken) is not null);

        var full = CSharpGeneratorDriver.Create(new[] { new ClientGenerator(useFastPath: false).AsSourceGenerator() }, parseOptions: parseOptions)
            .RunGenerators(compilation, cancellationToken)
            .GetRunResult().Results.Single().GeneratedSources
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var fast = ours.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var names = full.Keys.Union(fast.Keys).Order(StringComparer.Ordinal);
        var different = names.FirstOrDefault(name => !full.TryGetValue(name, out var a) || !fast.TryGetValue(name, out var b) || a != b);
        if (different is not null)
        {
            outcome.FastPathDifference = $"{different}:\n--- full parser\n{full.GetValueOrDefault(different) ?? "(not written)"}\n--- fast path\n{fast.GetValueOrDefault(different) ?? "(not written)"}";
        }
    }

    private static IEnumerable<Type> Discover<T>(params Assembly[] assemblies)
        => assemblies.Distinct().SelectMany(a => a.GetTypes()).Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null);
}

/// <summary>What one case did.</summary>
internal sealed class CaseOutcome
{
    /// <summary>How the generator's fast path wrote a file differently from the full parser (it must not): fails the run.</summary>
    public string? FastPathDifference { get; set; }

    /// <summary>How many of the input's interfaces the fast path read (the rest went to the full parser).</summary>
    public int FastPathClients { get; set; }

    /// <summary>Generator, analyzer and code-fix exceptions: each one fails the run.</summary>
    public List<string> Crashes { get; } = [];

    /// <summary>The diagnostics of our generated files when the input had no error of its own: fails the run.</summary>
    public string? GeneratedCodeBroken { get; set; }

    public int GeneratedFiles { get; set; }

    public bool GeneratedCompiledClean { get; set; }

    public bool InputHasError { get; set; }

    public int AtlasDiagnostics { get; set; }

    public int CodeFixesApplied { get; set; }

    /// <summary>Fixes after which the project had an error, warning or ATLAS diagnostic it did not have before: fails the run.</summary>
    public List<string> FixBuildBreaks { get; } = [];
}
