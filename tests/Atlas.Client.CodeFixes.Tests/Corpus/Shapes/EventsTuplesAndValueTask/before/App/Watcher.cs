using Atlas.Client;

namespace Shop;

public sealed class Watcher(ISnapshots api)
{
    public event Action<BackupTenantSnapshot>? Received;

    public async Task<(BackupTenantSnapshot Snapshot, TimeSpan Took)> WatchAsync(string id)
    {
        var started = DateTimeOffset.UtcNow;
        var snapshot = await api.GetSharedClusterBackupAsync("g", "c", id).ConfigureAwait(false);
        Received?.Invoke(snapshot);
        return (snapshot, DateTimeOffset.UtcNow - started);
    }

    public async Task<string?> FirstIdAsync()
    {
        var (snapshot, _) = await WatchAsync("s");
        return snapshot.Id;
    }
}
