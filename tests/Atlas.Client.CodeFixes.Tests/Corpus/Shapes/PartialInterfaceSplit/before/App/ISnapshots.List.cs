using Atlas.Client;

namespace Shop.Backups;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    Task<AtlasPage<BackupTenantSnapshot>> ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}
