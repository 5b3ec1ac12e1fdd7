using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.CodeFixes.Tests.Corpus;

/// <summary>How a user applies the fixes.</summary>
public enum FixMode
{
    /// <summary>One code action at a time, first diagnostic first, until none is offered (the light bulb, over and over).</summary>
    SingleActions,

    /// <summary>"Fix all in document", document by document, ID by ID.</summary>
    FixAllDocument,

    /// <summary>"Fix all in project", ID by ID.</summary>
    FixAllProject,

    /// <summary>"Fix all in solution", ID by ID in ascending order.</summary>
    FixAllSolution,

    /// <summary>"Fix all in solution", ID by ID in descending order.</summary>
    FixAllSolutionReversed,

    /// <summary>
    /// What <c>dotnet format analyzers</c> does (its SolutionCodeFixApplier): the IDs in no fixed order (three seeded
    /// orders), per ID a fresh analysis, the first diagnostic's first action gives the equivalence key (none when that
    /// diagnostic's fix is declined), then Fix All in solution.
    /// </summary>
    DotnetFormat,
}

/// <summary>Applies every fix the package offers to a solution in one <see cref="FixMode"/>, reporting each step.</summary>
internal sealed class FixDriver
{
    public static readonly ImmutableArray<CodeFixProvider> Providers = typeof(GuardedCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static readonly ImmutableHashSet<string> FixableIds = Providers.SelectMany(p => p.FixableDiagnosticIds).ToImmutableHashSet();

    private const int MaxSingleActions = 200;

    private readonly Func<string, Solution, Task> _onStep;

    public FixDriver(Func<string, Solution, Task> onStep) => _onStep = onStep;

    public async Task<Solution> RunAsync(Solution solution, FixMode mode, int seed = 0)
    {
        var ids = (await AnalyzeAsync(solution)).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        switch (mode)
        {
            case FixMode.SingleActions:
                return await SingleActionsAsync(solution);
            case FixMode.FixAllDocument:
            case FixMode.FixAllProject:
            case FixMode.FixAllSolution:
                return await FixAllAsync(solution, ids, Scope(mode));
            case FixMode.FixAllSolutionReversed:
                ids.Reverse();
                return await FixAllAsync(solution, ids, FixAllScope.Solution);
            case FixMode.DotnetFormat:
                var random = new Random(seed);
                return await DotnetFormatAsync(solution, ids.OrderBy(_ => random.Next()).ToList(), random);
            default:
                throw new ArgumentOutOfRangeException(nameof(mode));
        }
    }

    private static FixAllScope Scope(FixMode mode) => mode switch
    {
        FixMode.FixAllDocument => FixAllScope.Document,
        FixMode.FixAllProject => FixAllScope.Project,
        _ => FixAllScope.Solution,
    };

    /// <summary>The package's fixable diagnostics in the user's documents, in document and position order.</summary>
    public static Task<List<Diagnostic>> AnalyzeAsync(Solution solution, string? onlyId = null)
        => AnalyzeAsync(solution, d => FixableIds.Contains(d.Id) && (onlyId is null || d.Id == onlyId));

    private static async Task<List<Diagnostic>> AnalyzeAsync(Solution solution, Func<Diagnostic, bool> keep)
    {
        var found = new List<Diagnostic>();
        foreach (var project in solution.Projects)
        {
            var compilation = (await project.GetCompilationAsync())!;
            var diagnostics = await compilation.WithAnalyzers(CorpusBuild.Analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            found.AddRange(diagnostics.Where(d => keep(d) && d.Location.SourceTree is { } tree && solution.GetDocument(tree) is not null));
        }

        return found.OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    private async Task<Solution> SingleActionsAsync(Solution solution)
    {
        for (var step = 0; step < MaxSingleActions; step++)
        {
            var applied = false;
            foreach (var diagnostic in await AnalyzeAsync(solution))
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                if (await FirstActionAsync(document, diagnostic) is not { } action)
                {
                    continue;
                }

                solution = await ApplyAsync(action.Action, solution);
                await _onStep($"{diagnostic.Id} at {document.Name}:{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1} '{action.Action.Title}'", solution);
                applied = true;
                break;
            }

            if (!applied)
            {
                return solution;
            }
        }

        throw new InvalidOperationException($"still offering fixes after {MaxSingleActions} single actions");
    }

    private async Task<Solution> FixAllAsync(Solution solution, IReadOnlyList<string> ids, FixAllScope scope)
    {
        foreach (var id in ids)
        {
            var diagnostics = await AnalyzeAsync(solution, id);
            var targets = scope switch
            {
                FixAllScope.Document => diagnostics.GroupBy(d => solution.GetDocument(d.Location.SourceTree)!.Id).Select(g => g.ToList()).ToList(),
                FixAllScope.Project => diagnostics.GroupBy(d => solution.GetDocument(d.Location.SourceTree)!.Project.Id).Select(g => g.ToList()).ToList(),
                _ => diagnostics.Count == 0 ? [] : [diagnostics],
            };

            foreach (var target in targets)
            {
                // The IDE offers Fix All from the light bulb of a diagnostic that has a fix: the first such one in scope.
                // Targets are recomputed positions of the solution before this ID's fixes, so look them up again.
                var current = await AnalyzeAsync(solution, id);
                var inScope = current.Where(d => target.Any(t => t.Location.SourceTree!.FilePath == d.Location.SourceTree!.FilePath)).ToList();
                foreach (var diagnostic in inScope)
                {
                    var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                    if (await FirstActionAsync(document, diagnostic) is not { } offered)
                    {
                        continue;
                    }

                    solution = await FixAllAsync(solution, document, offered.Provider, scope, offered.Action.EquivalenceKey, id, current);
                    await _onStep($"Fix All {id} in {scope} from {document.Name}", solution);
                    break;
                }
            }
        }

        return solution;
    }

    private async Task<Solution> DotnetFormatAsync(Solution solution, IReadOnlyList<string> ids, Random random)
    {
        foreach (var id in ids)
        {
            var diagnostics = await AnalyzeAsync(solution, id);
            if (diagnostics.Count == 0)
            {
                continue;
            }

            // dotnet format's "first diagnostic" is the first its analyzers for this ID reported, of any of their IDs.
            var reportedIds = CorpusBuild.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id))
                .SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
            var reported = await AnalyzeAsync(solution, d => reportedIds.Contains(d.Id));
            var first = reported[random.Next(reported.Count)];
            var document = solution.GetDocument(first.Location.SourceTree)!;
            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(id)))
            {
                CodeAction? action = null;
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
                solution = await FixAllAsync(solution, document, provider, FixAllScope.Solution, action?.EquivalenceKey, id, diagnostics);
                await _onStep($"dotnet format {id} (first diagnostic at {document.Name}, key {action?.EquivalenceKey ?? "none"})", solution);
            }
        }

        return solution;
    }

    private static async Task<Solution> FixAllAsync(
        Solution solution, Document document, CodeFixProvider provider, FixAllScope scope, string? key, string id, List<Diagnostic> diagnostics)
    {
        var context = new FixAllContext(document, provider, scope, key!, [id], new Diagnostics(diagnostics), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        return action is null ? solution : await ApplyAsync(action, solution);
    }

    private static async Task<(CodeFixProvider Provider, CodeAction Action)?> FirstActionAsync(Document document, Diagnostic diagnostic)
    {
        foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            CodeAction? action = null;
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => action ??= a, CancellationToken.None));
            if (action is not null)
            {
                return (provider, action);
            }
        }

        return null;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action, Solution solution)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution ?? solution;
    }

    /// <summary>Like dotnet format's: a document's diagnostics are the ones whose file path is the document's.</summary>
    internal sealed class Diagnostics(List<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
