using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>One fix computation on one solution: its guard (with the cached diagnostics of the original) and configurations.</summary>
internal sealed class FixSession
{
    private FixSession(BuildGuard guard, ImmutableArray<BuildConfiguration> configurations)
    {
        Guard = guard;
        Configurations = configurations;
    }

    public BuildGuard Guard { get; }

    public Solution Solution => Guard.Original;

    public ImmutableArray<BuildConfiguration> Configurations { get; }

    /// <summary>The tenant routes kept on purpose (suppressed ATLAS0001), read once per session.</summary>
    public KeptTenantRoutes KeptTenantRoutes { get; } = new();

    public static async Task<FixSession> StartAsync(Solution solution, CancellationToken cancellationToken)
    {
        var guard = new BuildGuard(solution);
        return new FixSession(guard, await guard.ConfigurationsAsync(cancellationToken).ConfigureAwait(false));
    }
}
