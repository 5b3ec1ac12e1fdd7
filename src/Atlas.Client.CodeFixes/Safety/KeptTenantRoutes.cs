using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// The tenant operations whose <c>[AtlasClient]</c> routes a team keeps on purpose: their ATLAS0001 is suppressed in
/// source (<c>[SuppressMessage]</c>, <c>#pragma warning disable</c>), as ATLAS0001's page says for a suite that replays
/// recorded tenant traffic. Strings that address those operations usually belong to that suite (the recorded path a
/// replay handler answers), so ATLAS0003's fix leaves them: rewritten alone, the replay would answer the kept route 404.
/// Read per project, with the projects it references, once per fix session. The package's own runtime library is not
/// read: its <c>ITenantBackups</c> suppresses ATLAS0001 because it is the package's tenant surface, not a team's
/// choice (it is a project only inside this repository; users reference it as a package).
/// </summary>
internal sealed class KeptTenantRoutes
{
    private const string PackageRuntimeAssembly = "Atlas.Client";

    private readonly ConcurrentDictionary<ProjectId, Task<HashSet<string>>> _byProject = new();

    /// <summary>The operation IDs of suppressed ATLAS0001 routes in <paramref name="project"/> and the projects it references.</summary>
    public Task<HashSet<string>> ForAsync(Project project, CancellationToken cancellationToken)
        => _byProject.GetOrAdd(project.Id, _ => ComputeAsync(project, cancellationToken));

    private static async Task<HashSet<string>> ComputeAsync(Project project, CancellationToken cancellationToken)
    {
        var kept = new HashSet<string>(System.StringComparer.Ordinal);
        var solution = project.Solution;
        var projects = solution.GetProjectDependencyGraph().GetProjectsThatThisProjectTransitivelyDependsOn(project.Id).Append(project.Id);
        foreach (var id in projects)
        {
            if (solution.GetProject(id) is not { } candidate
                || candidate.AssemblyName == PackageRuntimeAssembly
                || await candidate.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                continue;
            }

            var options = new CompilationWithAnalyzersOptions(
                candidate.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true);
            var analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SunsetRouteAnalyzer()), options);
            foreach (var diagnostic in await analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (diagnostic.Id == SunsetDiagnostics.RouteId
                    && diagnostic.IsSuppressed
                    && diagnostic.Properties.TryGetValue(SunsetDiagnostics.OperationIdProperty, out var operation)
                    && operation is not null)
                {
                    kept.Add(operation);
                }
            }
        }

        return kept;
    }
}
