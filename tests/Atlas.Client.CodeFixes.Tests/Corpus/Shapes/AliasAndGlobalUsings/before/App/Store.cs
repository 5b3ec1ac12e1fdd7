namespace Shop;

public sealed class Store(ISnapshots api)
{
    private readonly Dictionary<string, Snap> _cache = new();

    public async Task<Snap> GetAsync(string id)
    {
        if (!_cache.TryGetValue(id, out var snapshot))
        {
            _cache[id] = snapshot = await api.GetSharedClusterBackupAsync("g", "c", id);
        }

        return snapshot;
    }
}
