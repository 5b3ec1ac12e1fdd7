using Atlas.Client;

namespace Shop;

public sealed class Batch(ISnapshots api)
{
    public Task<BackupTenantSnapshot[]> AllAsync(string groupId, string cluster, IEnumerable<string> ids)
        => Task.WhenAll(ids.Select(id => api.GetSharedClusterBackupAsync(groupId, cluster, id)));

    public Func<string, string, string, CancellationToken, Task<BackupTenantSnapshot>> Getter => api.GetSharedClusterBackupAsync;

    public async Task<DateTimeOffset?> FirstFinishAsync(string groupId, string cluster, string id)
    {
        Func<Task<BackupTenantSnapshot>> fetch = () => api.GetSharedClusterBackupAsync(groupId, clusterName: cluster, snapshotId: id);
        var snapshot = await fetch();
        return snapshot.FinishTime;
    }
}
