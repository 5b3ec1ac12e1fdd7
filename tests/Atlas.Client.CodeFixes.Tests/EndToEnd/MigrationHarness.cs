using System.Collections.Immutable;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Tests.EndToEnd;

/// <summary>
/// An in-process "build, fix, rebuild" loop: one C# project in an AdhocWorkspace, compiled with the sunset analyzers as
/// the compiler would run them, then migrated with the code fixes' own Fix All providers in solution scope, exactly as
/// the IDE's "Fix all in solution" does, and compiled again. Source generators are project analyzer references, so the
/// workspace's compilation (which the fixes and the Renamer see) holds their output, as in the IDE.
/// </summary>
internal sealed class MigrationHarness
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new SunsetRouteAnalyzer(), new SunsetStringAnalyzer(), new SunsetModelAnalyzer());

    private static readonly ImmutableArray<CodeFixProvider> Fixes =
        ImmutableArray.Create<CodeFixProvider>(new SunsetRouteCodeFixProvider(), new SunsetModelCodeFixProvider(), new SunsetStringCodeFixProvider());

    private MigrationHarness(Solution solution, ProjectId projectId)
    {
        Solution = solution;
        ProjectId = projectId;
    }

    public Solution Solution { get; private set; }

    public ProjectId ProjectId { get; }

    public Project Project => Solution.GetProject(ProjectId)!;

    public static async Task<MigrationHarness> CreateAsync(
        IReadOnlyDictionary<string, string> sources, string? editorConfig = null, params ISourceGenerator[] generators)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Create(), "Migrated", "Migrated", LanguageNames.CSharp,
            filePath: "/src/Migrated/Migrated.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references.Add(TestSetup.AtlasClientReference),
            analyzerReferences: generators.Length == 0 ? null : new[] { new GeneratorReference(generators) }));

        foreach (var (name, text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text), filePath: "/src/Migrated/" + name);
        }

        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: "/src/Migrated/.editorconfig");
        }

        return new MigrationHarness(solution, projectId);
    }

    /// <summary>Compiler errors and analyzer diagnostics of a build of the project as it is now.</summary>
    public async Task<BuildResult> BuildAsync()
    {
        var compilation = (await Project.GetCompilationAsync())!;
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, Project.AnalyzerOptions);
        var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new BuildResult(errors, analyzerDiagnostics);
    }

    /// <summary>Applies one code fix provider's Fix All in solution scope to every diagnostic it can fix.</summary>
    public async Task FixAllAsync(CodeFixProvider provider, string equivalenceKey)
    {
        var diagnostics = (await BuildAsync()).Analyzer.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        if (diagnostics.IsEmpty)
        {
            return;
        }

        var byDocument = diagnostics.GroupBy(d => Solution.GetDocument(d.Location.SourceTree)!.Id).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var document = Solution.GetDocument(byDocument.Keys.First())!;
        var context = new FixAllContext(
            document, provider, FixAllScope.Solution, equivalenceKey, provider.FixableDiagnosticIds,
            new FixedDiagnostics(byDocument), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context)
            ?? throw new InvalidOperationException("Fix All offered nothing for " + equivalenceKey);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    /// <summary>Every fix, in the order a user migrating by hand would apply them: routes, then models, then strings.</summary>
    public async Task FixEverythingAsync()
    {
        await FixAllAsync(Fixes[0], SunsetRouteCodeFixProvider.EquivalenceKey);
        await FixAllAsync(Fixes[1], SunsetModelCodeFixProvider.EquivalenceKey);
        await FixAllAsync(Fixes[2], SunsetStringCodeFixProvider.EquivalenceKey);
    }

    public async Task<string> TextOfAsync(string documentName)
        => (await Project.Documents.Single(d => d.Name == documentName).GetTextAsync()).ToString();

    internal sealed record BuildResult(ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Analyzer)
    {
        public IEnumerable<Diagnostic> Atlas => Analyzer.Where(d => d.Id.StartsWith("ATLAS", StringComparison.Ordinal));
    }

    /// <summary>Hands source generators to the workspace the way a package's analyzer assembly would.</summary>
    private sealed class GeneratorReference(ISourceGenerator[] generators) : AnalyzerReference
    {
        public override string FullPath => "/generators/" + Display;

        public override object Id => this;

        public override string Display => "Migration harness generators";

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => generators.ToImmutableArray();

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => generators.ToImmutableArray();
    }

    private sealed class FixedDiagnostics(Dictionary<DocumentId, ImmutableArray<Diagnostic>> byDocument) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(byDocument.TryGetValue(document.Id, out var found) ? found : ImmutableArray<Diagnostic>.Empty);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(byDocument.Values.SelectMany(d => d));
    }
}
