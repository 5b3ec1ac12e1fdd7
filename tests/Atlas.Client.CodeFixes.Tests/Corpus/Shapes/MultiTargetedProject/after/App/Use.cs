namespace Shop;

public static class Use
{
    public static async Task<string?> IdAsync(ISnapshots api) => (await api.GetFlexBackupRestoreJobAsync("g", "c", "r")).Id;
}
