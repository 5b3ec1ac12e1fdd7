using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Atlas.Client.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>
/// Applies every code fix our providers offer for a case's diagnostics the way the IDE does: in an
/// <see cref="AdhocWorkspace"/> whose project runs our generator (so fixes see the generated client), one action at a
/// time and Fix All in the document per equivalence key, then re-analyzes the fixed project. Any exception on the way
/// (registering, computing, applying, re-analyzing) is a crash.
/// </summary>
internal sealed class CodeFixRunner
{
    public static readonly Assembly CodeFixAssembly = Assembly.Load(new AssemblyName("Atlas.Client.CodeFixes"));

    private static readonly AnalyzerFileReference GeneratorReference = new(typeof(ClientGenerator).Assembly.Location, new LoadedAssemblyLoader());

    private readonly ImmutableArray<CodeFixProvider> _providers;
    private readonly ImmutableHashSet<string> _fixableIds;

    public CodeFixRunner(ImmutableArray<CodeFixProvider> providers)
    {
        _providers = providers;
        _fixableIds = providers.SelectMany(p => p.FixableDiagnosticIds).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public ImmutableArray<CodeFixProvider> Providers => _providers;

    public bool CanFixAny(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => _fixableIds.Contains(d.Id));

    public async Task<(List<string> Crashes, int Applied)> RunAsync(
        FuzzInput input, ImmutableArray<MetadataReference> references, CSharpParseOptions parseOptions, CancellationToken cancellationToken)
    {
        var crashes = new List<string>();
        var applied = 0;
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "FuzzProject", "FuzzProject", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: input.Nullable, allowUnsafe: true),
                parseOptions: parseOptions,
                metadataReferences: references,
                analyzerReferences: [GeneratorReference]))
            .AddDocument(DocumentInfo.Create(documentId, "User.cs", filePath: "User.cs",
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(input.Source), VersionStamp.Default))));
        if (!workspace.TryApplyChanges(solution))
        {
            crashes.Add("the workspace refused the initial solution");
            return (crashes, applied);
        }

        var analyzers = (await CompileTimeHarness.SharedAsync()).Analyzers;
        var diagnostics = await AnalyzeAsync(workspace.CurrentSolution.GetProject(projectId)!, analyzers, crashes, cancellationToken);
        var fixedAll = new HashSet<(CodeFixProvider, string)>();
        foreach (var diagnostic in diagnostics.Where(d => _fixableIds.Contains(d.Id)))
        {
            foreach (var provider in _providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var document = workspace.CurrentSolution.GetDocument(documentId)!;
                var actions = new List<CodeAction>();
                try
                {
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    crashes.Add($"{provider.GetType().Name}.RegisterCodeFixesAsync threw for {diagnostic.Id}: {error}");
                    continue;
                }

                foreach (var action in actions)
                {
                    // Every action is computed; the fixed code is re-analyzed once per Fix All (the largest change), which
                    // keeps a case's cost near one extra compilation per fix kind.
                    applied += await TryApplyAsync(provider, action, document.Project, analyzers: null, crashes, cancellationToken) ? 1 : 0;
                    if (action.EquivalenceKey is { } key && fixedAll.Add((provider, key)))
                    {
                        applied += await TryFixAllAsync(provider, action, document, diagnostics, analyzers, crashes, cancellationToken) ? 1 : 0;
                    }
                }
            }
        }

        return (crashes, applied);
    }

    private static async Task<bool> TryApplyAsync(
        CodeFixProvider provider, CodeAction action, Project project, ImmutableArray<DiagnosticAnalyzer>? analyzers, List<string> crashes, CancellationToken cancellationToken)
    {
        try
        {
            var operations = await action.GetOperationsAsync(cancellationToken);
            var changed = operations.OfType<ApplyChangesOperation>().LastOrDefault()?.ChangedSolution;
            if (changed is null)
            {
                return false;
            }

            // The fixed code must not crash anything either.
            if (analyzers is { } all)
            {
                await AnalyzeAsync(changed.GetProject(project.Id)!, all, crashes, cancellationToken);
            }

            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            crashes.Add($"{provider.GetType().Name} action '{action.Title}' threw: {error}");
            return false;
        }
    }

    private static async Task<bool> TryFixAllAsync(
        CodeFixProvider provider, CodeAction action, Document document, ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<DiagnosticAnalyzer> analyzers, List<string> crashes, CancellationToken cancellationToken)
    {
        var fixAll = provider.GetFixAllProvider();
        if (fixAll is null || action.EquivalenceKey is null)
        {
            return false;
        }

        try
        {
            var ids = provider.FixableDiagnosticIds.ToImmutableHashSet();
            var context = new FixAllContext(document, provider, FixAllScope.Document, action.EquivalenceKey, ids, new Diagnostics(diagnostics), cancellationToken);
            var fix = await fixAll.GetFixAsync(context);
            if (fix is null)
            {
                return false;
            }

            return await TryApplyAsync(provider, fix, document.Project, analyzers, crashes, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            crashes.Add($"{provider.GetType().Name} Fix All '{action.EquivalenceKey}' threw: {error}");
            return false;
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, List<string> crashes, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        var exceptions = new ConcurrentQueue<string>();
        var diagnostics = await compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw on fixed code: {exception}"),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAnalyzerDiagnosticsAsync(cancellationToken);
        crashes.AddRange(exceptions);
        // Only diagnostics in the user's own documents can be fixed.
        return diagnostics.Where(d => d.Location.SourceTree is { } tree && project.GetDocument(tree) is not null).ToImmutableArray();
    }

    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.IsInSource));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }

    /// <summary>Hands the workspace the generator assembly this process already loaded, so both see one set of types.</summary>
    private sealed class LoadedAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
            => AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && string.Equals(a.Location, fullPath, StringComparison.OrdinalIgnoreCase))
               ?? Assembly.LoadFrom(fullPath);
    }
}
