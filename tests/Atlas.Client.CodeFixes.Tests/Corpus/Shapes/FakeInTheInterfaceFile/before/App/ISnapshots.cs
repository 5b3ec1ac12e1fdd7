using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    Task<AtlasPage<BackupTenantSnapshot>> ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}

/// <summary>An in-memory stand-in, kept next to the contract so it changes with it.</summary>
public sealed class InMemorySnapshots(params BackupTenantSnapshot[] snapshots) : ISnapshots
{
    Task<AtlasPage<BackupTenantSnapshot>> ISnapshots.ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken)
        => Task.FromResult(new AtlasPage<BackupTenantSnapshot> { Results = snapshots, TotalCount = snapshots.Length });
}
