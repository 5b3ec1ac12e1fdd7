using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    Task<AtlasPage<BackupTenantSnapshot>> ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    IAsyncEnumerable<BackupTenantSnapshot> EnumerateTenantSnapshotsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    Task<AtlasResponse<AtlasPage<BackupTenantSnapshot>>> ListWithHeadersAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}
