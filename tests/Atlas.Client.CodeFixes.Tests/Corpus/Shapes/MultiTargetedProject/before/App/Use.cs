using Atlas.Client;

namespace Shop;

public static class Use
{
    public static async Task<string?> IdAsync(ISnapshots api)
    {
        TenantRestore job = await api.GetSharedClusterBackupRestoreJobAsync("g", "c", "r");
        return job.Id;
    }
}
