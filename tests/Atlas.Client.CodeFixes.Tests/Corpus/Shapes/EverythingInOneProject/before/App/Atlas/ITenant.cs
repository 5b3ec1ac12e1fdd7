using Atlas.Client;

namespace Shop.Atlas;

[AtlasClient]
public partial interface ITenant
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", Version = "2023-01-01")]
    Task<TenantRestore> GetSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, string restoreId, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters", Version = "2022-02-02")]
    Task<AtlasResponse> ListClustersAsync(string groupId, CancellationToken cancellationToken = default);
}
