using Atlas.Client;

namespace Shop.Backups;

public sealed class SnapshotService(ISnapshots snapshots)
{
    public async Task<IReadOnlyList<string>> IdsAsync(string groupId, string clusterName)
    {
        AtlasPage<BackupTenantSnapshot> page = await snapshots.ListSharedClusterBackupsAsync(groupId, clusterName);
        return page.Results.Select(s => s.Id ?? "").ToList();
    }

    public Task<BackupTenantSnapshot> OneAsync(string groupId, string clusterName, string id)
        => snapshots.GetSharedClusterBackupAsync(groupId, clusterName: clusterName, snapshotId: id);
}
