using Atlas.Client;

namespace Shop.Restores;

[AtlasClient]
public partial interface IRestores
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", Version = "2023-01-01")]
    Task<TenantRestore> GetSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, string restoreId, CancellationToken cancellationToken = default);

    [Post("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", Version = "2023-01-01")]
    Task<TenantRestore> CreateSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, [Body] TenantRestore restoreJob, CancellationToken cancellationToken = default);

    [Post("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download", Version = "2023-01-01")]
    Task<TenantRestore> DownloadSharedClusterBackupAsync(string groupId, string clusterName, [Body] TenantRestore download, CancellationToken cancellationToken = default);
}
