using Atlas.Client;

namespace Shop;

public sealed class Watcher(ISnapshots api)
{
    public event Action<FlexBackupSnapshot>? Received;

    public async Task<(FlexBackupSnapshot Snapshot, TimeSpan Took)> WatchAsync(string id)
    {
        var started = DateTimeOffset.UtcNow;
        var snapshot = await api.GetFlexBackupAsync("g", "c", id).ConfigureAwait(false);
        Received?.Invoke(snapshot);
        return (snapshot, DateTimeOffset.UtcNow - started);
    }

    public async Task<string?> FirstIdAsync()
    {
        var (snapshot, _) = await WatchAsync("s");
        return snapshot.Id;
    }
}
