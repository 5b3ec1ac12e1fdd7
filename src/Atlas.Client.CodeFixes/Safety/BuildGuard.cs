using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.Generators.Analyzers;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// The promise every fix keeps: after it, the projects it touches build with no compiler error or warning and no
/// diagnostic of this package that they did not have before, in every configuration (<see cref="BuildConfiguration"/>).
/// Compares the diagnostics of the solution the fix started from (computed once, cached) with those of a candidate
/// result, counted per ID, severity and file, so that moved or renamed code does not count as new.
/// </summary>
/// <remarks>
/// Only the affected part is built: the projects with an edited document and, when an edit can change what other code
/// binds to (anything outside a member body), the projects that depend on them. When every edit is inside member bodies,
/// only the edited documents (and the generators' output) are analysed. Analyzers of other packages are not run: their
/// diagnostics are outside this promise.
/// </remarks>
internal sealed class BuildGuard
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> PackageAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new ClientValidationAnalyzer(), new SunsetRouteAnalyzer(), new SunsetStringAnalyzer(), new SunsetModelAnalyzer(),
        new SpecRouteAnalyzer(), new SpecStringAnalyzer());

    private readonly Solution _original;
    private readonly ConcurrentDictionary<string, Task<Dictionary<string, int>>> _baselines = new(StringComparer.Ordinal);
    private ImmutableArray<BuildConfiguration>? _configurations;

    public BuildGuard(Solution original) => _original = original;

    public Solution Original => _original;

    /// <summary>The configurations every check builds (the current one first).</summary>
    public async Task<ImmutableArray<BuildConfiguration>> ConfigurationsAsync(CancellationToken cancellationToken)
    {
        if (_configurations is { } known)
        {
            return known;
        }

        var projects = _original.Projects.Where(p => p.Language == LanguageNames.CSharp).Select(p => p.Id);
        var configurations = await BuildConfiguration.ForAsync(_original, projects, cancellationToken).ConfigureAwait(false);
        _configurations = configurations;
        return configurations;
    }

    /// <summary>The diagnostics <paramref name="changed"/> (= the original with <paramref name="edits"/> applied) has and the original has not.</summary>
    public async Task<List<BuildProblem>> NewProblemsAsync(Solution changed, EditSet edits, CancellationToken cancellationToken)
    {
        var problems = new List<BuildProblem>();
        var editedProjects = edits.Documents.Select(d => d.ProjectId).Distinct().ToList();
        var wholeProjects = false;
        foreach (var edit in edits.Edits)
        {
            if (!await EditScope.IsInsideMemberBodyAsync(_original, edit, cancellationToken).ConfigureAwait(false))
            {
                wholeProjects = true;
                break;
            }
        }

        var projects = new HashSet<ProjectId>(editedProjects);
        if (wholeProjects)
        {
            var graph = _original.GetProjectDependencyGraph();
            foreach (var project in editedProjects)
            {
                projects.UnionWith(graph.GetProjectsThatTransitivelyDependOnThisProject(project));
            }
        }

        foreach (var configuration in await ConfigurationsAsync(cancellationToken).ConfigureAwait(false))
        {
            var before = configuration.Apply(_original);
            var after = configuration.Apply(changed);
            foreach (var projectId in projects.OrderBy(p => p.Id))
            {
                var scope = wholeProjects ? null : edits.Documents.Where(d => d.ProjectId == projectId).OrderBy(d => d.Id).ToList();
                var key = configuration.Name + "|" + projectId.Id + "|" + (scope is null ? "*" : string.Join(",", scope.Select(d => d.Id)));
                var baseline = await _baselines.GetOrAdd(key, _ => CountAsync(before.GetProject(projectId), scope, cancellationToken)).ConfigureAwait(false);
                var project = after.GetProject(projectId);
                if (project is null)
                {
                    continue;
                }

                var (compilation, diagnostics) = await CollectAsync(project, scope, cancellationToken).ConfigureAwait(false);
                foreach (var group in diagnostics.GroupBy(KeyOf))
                {
                    baseline.TryGetValue(group.Key, out var had);
                    if (group.Count() > had)
                    {
                        problems.AddRange(group.Select(d => new BuildProblem(d, configuration, after, projectId, compilation)));
                    }
                }
            }
        }

        return problems;
    }

    private static async Task<Dictionary<string, int>> CountAsync(Project? project, List<DocumentId>? scope, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (project is null)
        {
            return counts;
        }

        foreach (var diagnostic in (await CollectAsync(project, scope, cancellationToken).ConfigureAwait(false)).Diagnostics)
        {
            var key = KeyOf(diagnostic);
            counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        return counts;
    }

    /// <summary>Compiler errors and warnings and the package's analyzer diagnostics, of the scope's documents and of all generated ones.</summary>
    private static async Task<(Compilation Compilation, List<Diagnostic> Diagnostics)> CollectAsync(
        Project project, List<DocumentId>? scope, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var diagnostics = new List<Diagnostic>();
        var withAnalyzers = compilation.WithAnalyzers(PackageAnalyzers, project.AnalyzerOptions);
        if (scope is null)
        {
            diagnostics.AddRange(compilation.GetDiagnostics(cancellationToken));
            diagnostics.AddRange(await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false));
        }
        else
        {
            var trees = new List<SyntaxTree>();
            var regular = new HashSet<SyntaxTree>();
            foreach (var document in project.Documents)
            {
                if (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is { } tree)
                {
                    regular.Add(tree);
                    if (scope.Contains(document.Id))
                    {
                        trees.Add(tree);
                    }
                }
            }

            trees.AddRange(compilation.SyntaxTrees.Where(t => !regular.Contains(t)));
            foreach (var tree in trees)
            {
                var model = compilation.GetSemanticModel(tree);
                diagnostics.AddRange(model.GetDiagnostics(cancellationToken: cancellationToken));
                diagnostics.AddRange(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false));
                diagnostics.AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, cancellationToken).ConfigureAwait(false));
            }
        }

        diagnostics.RemoveAll(d => !Counts(d));
        return (compilation, diagnostics);
    }

    private static bool Counts(Diagnostic diagnostic)
    {
        if (diagnostic.IsSuppressed || diagnostic.Severity == DiagnosticSeverity.Hidden)
        {
            return false;
        }

        return diagnostic.Id.StartsWith("ATLAS", StringComparison.Ordinal)
            || diagnostic.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning;
    }

    /// <summary>
    /// Diagnostics are counted per ID, severity and file, not per message: a fix renames things, so a problem the code had
    /// before may read differently after it (the method's new name in ATLAS1003's message) without being new.
    /// </summary>
    private static string KeyOf(Diagnostic diagnostic)
        => diagnostic.Id + "|" + diagnostic.Severity + "|" + (diagnostic.Location.SourceTree?.FilePath ?? "");
}
