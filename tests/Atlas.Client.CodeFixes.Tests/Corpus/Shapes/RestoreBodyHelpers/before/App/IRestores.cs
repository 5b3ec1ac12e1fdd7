using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface IRestores
{
    [Post("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", Version = "2023-01-01")]
    Task<TenantRestore> CreateRestoreAsync(string groupId, string clusterName, [Body] TenantRestore restoreJob, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", Version = "2023-01-01")]
    Task<AtlasPage<TenantRestore>> ListRestoresAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}
