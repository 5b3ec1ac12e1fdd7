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
/// Applies the code fixes our providers offer for a case's diagnostics the way the IDE does: in an
/// <see cref="AdhocWorkspace"/> whose project runs our generator (so fixes see the generated client). Every diagnostic
/// gets its fixes registered (each provider decides, per diagnostic, whether and how it fixes it); per kind of fix
/// (provider and equivalence key) Fix All in the document is applied, which applies the fix of every diagnostic of
/// that kind, and the fixed project is analyzed again. Any exception on the way (registering, computing, applying,
/// re-analyzing) is a crash.
/// </summary>
/// <remarks>
/// Left out, because it repeats work at no gain in coverage and the ATLAS0001 migration (renames through the Renamer,
/// each a compilation with the generator) dominates a case's cost: analyzing the workspace before fixing (the harness
/// analyzed the very same text, and every provider finds its node by the diagnostic's span) and computing each single
/// action besides Fix All (the first is Fix All's first step on the same text; Fix All runs every other one's fix
/// too, on the code as the previous steps left it). A kind without Fix All has its single action applied instead.
/// </remarks>
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

    /// <param name="diagnostics">The analyzers' diagnostics of the user's document, as the harness found them on the same text.</param>
    public async Task<(List<string> Crashes, List<string> BuildBreaks, int Applied)> RunAsync(
        FuzzInput input, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<MetadataReference> references, CSharpParseOptions parseOptions,
        CancellationToken cancellationToken)
    {
        var crashes = new List<string>();
        var breaks = new List<string>();
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
            return (crashes, breaks, applied);
        }

        var analyzers = (await CompileTimeHarness.SharedAsync()).Analyzers;
        var document = workspace.CurrentSolution.GetDocument(documentId)!;

        // Issue 12's invariant, checked on every fix the fuzzer applies: the project it edits builds with no error,
        // warning or ATLAS diagnostic it did not have before (counted per ID, severity and file, as the fixes' own guard
        // counts them; this is an independent build through the same workspace).
        var baseline = Count(await AnalyzeAsync(document.Project, analyzers, crashes, cancellationToken));
        var check = new FixCheck(baseline, breaks);
        var kinds = new Dictionary<(CodeFixProvider Provider, string Key), List<(Diagnostic Diagnostic, CodeAction Action)>>();
        foreach (var diagnostic in diagnostics.Where(d => _fixableIds.Contains(d.Id)))
        {
            foreach (var provider in _providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
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
                    var key = (provider, action.EquivalenceKey ?? action.Title);
                    if (!kinds.TryGetValue(key, out var offered))
                    {
                        kinds[key] = offered = [];
                    }

                    offered.Add((diagnostic, action));
                }
            }
        }

        foreach (var ((provider, _), offered) in kinds)
        {
            var action = offered[0].Action;
            // Counted in diagnostics fixed: Fix All fixes every one of its kind.
            switch (await TryFixAllAsync(provider, action, document, diagnostics, analyzers, crashes, check, cancellationToken))
            {
                case true:
                    applied += offered.Count;
                    break;
                case null:
                    // No Fix All for this kind: its own action is applied, and the fixed code re-analyzed.
                    applied += await TryApplyAsync(provider, action, document.Project, analyzers, crashes, check, cancellationToken) ? 1 : 0;
                    break;
            }
        }

        return (crashes, breaks, applied);
    }

    private static async Task<bool> TryApplyAsync(
        CodeFixProvider provider, CodeAction action, Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, List<string> crashes, FixCheck check,
        CancellationToken cancellationToken)
    {
        try
        {
            var operations = await action.GetOperationsAsync(cancellationToken);
            var changed = operations.OfType<ApplyChangesOperation>().LastOrDefault()?.ChangedSolution;
            if (changed is null)
            {
                return false;
            }

            // The fixed code must not crash anything either, and must build as well as the code before it.
            var after = Count(await AnalyzeAsync(changed.GetProject(project.Id)!, analyzers, crashes, cancellationToken));
            check.Compare($"{provider.GetType().Name} '{action.Title}'", after);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            crashes.Add($"{provider.GetType().Name} action '{action.Title}' threw: {error}");
            return false;
        }
    }

    /// <summary>Applies Fix All of the action's kind; <see langword="null"/> when the provider has none for it.</summary>
    private static async Task<bool?> TryFixAllAsync(
        CodeFixProvider provider, CodeAction action, Document document, ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<DiagnosticAnalyzer> analyzers, List<string> crashes, FixCheck check, CancellationToken cancellationToken)
    {
        var fixAll = provider.GetFixAllProvider();
        if (fixAll is null || action.EquivalenceKey is null)
        {
            return null;
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

            return await TryApplyAsync(provider, fix, document.Project, analyzers, crashes, check, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            crashes.Add($"{provider.GetType().Name} Fix All '{action.EquivalenceKey}' threw: {error}");
            return false;
        }
    }

    /// <summary>Compiler diagnostics and the analyzers' (an analyzer exception is a crash).</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, List<string> crashes, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        var exceptions = new ConcurrentQueue<string>();
        var all = await compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw on fixed code: {exception}"),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAllDiagnosticsAsync(cancellationToken);
        crashes.AddRange(exceptions);
        return all;
    }

    /// <summary>Errors, warnings and ATLAS diagnostics of any severity, counted per ID, severity and file.</summary>
    private static Dictionary<string, (int Count, Diagnostic First)> Count(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics
            .Where(d => !d.IsSuppressed && (d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("ATLAS", StringComparison.Ordinal) && d.Severity != DiagnosticSeverity.Hidden))
            .GroupBy(d => d.Id + "|" + d.Severity + "|" + d.Location.SourceTree?.FilePath)
            .ToDictionary(g => g.Key, g => (g.Count(), g.First()));

    /// <summary>Records every applied fix after which the build has more of some problem than before.</summary>
    private sealed class FixCheck(Dictionary<string, (int Count, Diagnostic First)> baseline, List<string> breaks)
    {
        public void Compare(string fix, Dictionary<string, (int Count, Diagnostic First)> after)
        {
            foreach (var (key, (count, first)) in after)
            {
                if (count > (baseline.TryGetValue(key, out var had) ? had.Count : 0))
                {
                    breaks.Add($"{fix} left a new problem: {first}");
                }
            }
        }
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
