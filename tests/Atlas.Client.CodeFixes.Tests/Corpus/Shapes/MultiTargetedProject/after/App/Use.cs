using Atlas.Client;

namespace Shop;

public static class Use
{
    public static async Task<string?> IdAsync(ISnapshots api)
    {
        FlexBackupRestoreJob job = await api.GetFlexBackupRestoreJobAsync("g", "c", "r");
        return job.Id;
    }
}
