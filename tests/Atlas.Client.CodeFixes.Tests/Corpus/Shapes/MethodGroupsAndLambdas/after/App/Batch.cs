using Atlas.Client;

namespace Shop;

public sealed class Batch(ISnapshots api)
{
    public Task<FlexBackupSnapshot[]> AllAsync(string groupId, string cluster, IEnumerable<string> ids)
        => Task.WhenAll(ids.Select(id => api.GetFlexBackupAsync(groupId, cluster, id)));

    public Func<string, string, string, CancellationToken, Task<FlexBackupSnapshot>> Getter => api.GetFlexBackupAsync;

    public async Task<DateTimeOffset?> FirstFinishAsync(string groupId, string cluster, string id)
    {
        Func<Task<FlexBackupSnapshot>> fetch = () => api.GetFlexBackupAsync(groupId, name: cluster, snapshotId: id);
        var snapshot = await fetch();
        return snapshot.FinishTime;
    }
}
