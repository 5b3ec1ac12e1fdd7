using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", Version = "2023-01-01")]
    Task<TenantRestore> GetSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, string restoreId, CancellationToken cancellationToken = default);
}
