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
/// diagnostic of this package that they did not have before, in every configuration (<see cref="BuildConfiguration"/>),
/// and no call has moved to another overload (<see cref="OverloadBindings"/>) nor a Flex model come to be read through
/// <c>dynamic</c> (<see cref="DynamicModelUses"/>): changes that compile and behave differently.
/// Compares the diagnostics of the solution the fix started from (computed once, cached) with those of a candidate
/// result, counted per ID, severity and file, so that moved or renamed code does not count as new.
/// </summary>
/// <remarks>
/// Only the affected documents are analysed (<see cref="AffectedDocuments"/>: an edit inside a member body affects its
/// document; an edit of a declaration, the documents that declare, reference, implement or derive from what it declares,
/// in every project), with every generated document of their projects. Analyzers of other packages are not run: their
/// diagnostics are outside this promise.
/// </remarks>
internal sealed class BuildGuard
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> PackageAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new ClientValidationAnalyzer(), new SunsetRouteAnalyzer(), new SunsetStringAnalyzer(), new SunsetModelAnalyzer(),
        new SpecRouteAnalyzer(), new SpecStringAnalyzer());

    private readonly Solution _original;
    private readonly ConcurrentDictionary<string, Task<ConcurrentDictionary<string, Task<Dictionary<string, int>>>>> _baselines = new(StringComparer.Ordinal);
    private readonly AffectedDocuments _affected;
    private ImmutableArray<BuildConfiguration>? _configurations;

    public BuildGuard(Solution original)
    {
        _original = original;
        _affected = new AffectedDocuments(original);
    }

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
        var affected = await _affected.ComputeAsync(edits, cancellationToken).ConfigureAwait(false);
        foreach (var configuration in await ConfigurationsAsync(cancellationToken).ConfigureAwait(false))
        {
            var before = configuration.Apply(_original);
            var after = configuration.Apply(changed);
            foreach (var pair in affected.OrderBy(p => p.Key.Id))
            {
                var projectId = pair.Key;
                var project = after.GetProject(projectId);
                var original = before.GetProject(projectId);
                if (project is null || original is null)
                {
                    continue;
                }

                // Per document (generated ones as one unit), so that the original's counts are built once and reused
                // by every round whatever set of documents it checks.
                var units = pair.Value is { } documents ? documents.OrderBy(d => d.Id).Select(d => d.Id.ToString()).Append(Generated).ToList() : null;
                var baseline = await _baselines.GetOrAdd(configuration.Name + "|" + projectId.Id, _ => Task.FromResult(new ConcurrentDictionary<string, Task<Dictionary<string, int>>>())).ConfigureAwait(false);
                var had = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var unit in units ?? (await UnitsAsync(original, cancellationToken).ConfigureAwait(false)))
                {
                    foreach (var count in await baseline.GetOrAdd(unit, u => CountAsync(original, u, cancellationToken)).ConfigureAwait(false))
                    {
                        had[count.Key] = had.TryGetValue(count.Key, out var n) ? n + count.Value : count.Value;
                    }
                }

                var (compilation, diagnostics) = await CollectAsync(project, units, cancellationToken).ConfigureAwait(false);
                foreach (var group in diagnostics.GroupBy(KeyOf))
                {
                    had.TryGetValue(group.Key, out var count);
                    if (group.Count() > count)
                    {
                        problems.AddRange(group.Select(d => new BuildProblem(d, configuration, after, projectId, compilation)));
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The name of the unit that stands for every generated document of a project.</summary>
    private const string Generated = "generated";

    /// <summary>Every document of the project, and its generated ones.</summary>
    private static Task<List<string>> UnitsAsync(Project project, CancellationToken cancellationToken)
        => Task.FromResult(project.DocumentIds.OrderBy(d => d.Id).Select(d => d.Id.ToString()).Append(Generated).ToList());

    private static async Task<Dictionary<string, int>> CountAsync(Project project, string unit, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in (await CollectAsync(project, new List<string> { unit }, cancellationToken).ConfigureAwait(false)).Diagnostics)
        {
            var key = KeyOf(diagnostic);
            counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        return counts;
    }

    /// <summary>
    /// Compiler errors and warnings and the package's analyzer diagnostics of the units (document ids, or
    /// <see cref="Generated"/> for every generated document); null for the whole project.
    /// </summary>
    private static async Task<(Compilation Compilation, List<Diagnostic> Diagnostics)> CollectAsync(
        Project project, List<string>? units, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var diagnostics = new List<Diagnostic>();
        var withAnalyzers = compilation.WithAnalyzers(PackageAnalyzers, project.AnalyzerOptions);
        var regular = new Dictionary<SyntaxTree, string>();
        foreach (var document in project.Documents)
        {
            if (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is { } tree)
            {
                regular[tree] = document.Id.Id.ToString();
            }
        }

        var wanted = units is null ? null : new HashSet<string>(units, StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var unit = regular.TryGetValue(tree, out var id) ? id : Generated;
            if (wanted is not null && !wanted.Contains(unit))
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            diagnostics.AddRange(model.GetDiagnostics(cancellationToken: cancellationToken));
            diagnostics.AddRange(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false));
            diagnostics.AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, cancellationToken).ConfigureAwait(false));
            if (unit != Generated)
            {
                // The code people wrote: generated code changes with the models it serializes, calls and all.
                diagnostics.AddRange(OverloadBindings.Of(tree, model, cancellationToken));
                diagnostics.AddRange(DynamicModelUses.Of(tree, model, cancellationToken));
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
    /// before may read differently after it (the method's new name in ATLAS1003's message) without being new. The calls
    /// to the solution's methods are counted per parameter list too (<see cref="OverloadBindings"/>), and the models used
    /// through <c>dynamic</c> per model (<see cref="DynamicModelUses"/>).
    /// </summary>
    private static string KeyOf(Diagnostic diagnostic)
        => diagnostic.Id + "|" + diagnostic.Severity + "|" + (diagnostic.Location.SourceTree?.FilePath ?? "")
            + (diagnostic.Properties.TryGetValue(OverloadBindings.TargetProperty, out var target) ? "|" + target : "");
}
