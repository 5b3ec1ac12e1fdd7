using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get(Routes.TenantSnapshot, Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);
}

[AtlasClient]
public partial interface ISnapshotLists
{
    [Get(Routes.TenantSnapshots, Version = "2023-01-01")]
    Task<AtlasPage<BackupTenantSnapshot>> ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}
