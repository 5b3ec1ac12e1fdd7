using Atlas.Client;

namespace Shop.Backups;

public sealed class SnapshotService(ISnapshots snapshots)
{
    public async Task<IReadOnlyList<string>> IdsAsync(string groupId, string clusterName)
    {
        AtlasPage<FlexBackupSnapshot> page = await snapshots.ListFlexBackupsAsync(groupId, clusterName);
        return page.Results.Select(s => s.Id ?? "").ToList();
    }

    public Task<FlexBackupSnapshot> OneAsync(string groupId, string clusterName, string id)
        => snapshots.GetFlexBackupAsync(groupId, name: clusterName, snapshotId: id);
}
