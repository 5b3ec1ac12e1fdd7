namespace Shop;

public static class Use
{
    public static async Task<string?> IdAsync(ISnapshots api) => (await api.GetSharedClusterBackupRestoreJobAsync("g", "c", "r")).Id;
}
