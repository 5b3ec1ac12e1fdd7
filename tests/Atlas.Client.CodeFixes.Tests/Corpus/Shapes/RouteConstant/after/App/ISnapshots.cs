using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get(Routes.TenantSnapshot, Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);
}

[AtlasClient]
public partial interface ISnapshotLists
{
    [Get(Routes.TenantSnapshots, Version = "2023-01-01")]
    Task<AtlasPage<BackupTenantSnapshot>> ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}
