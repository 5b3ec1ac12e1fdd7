using Atlas.Client;

namespace Shop;

public static class Printer
{
    public static string Print(BackupTenantSnapshot snapshot) => "tenant " + snapshot.Id;

    public static string Print(FlexBackupSnapshot snapshot) => "flex " + snapshot.Id;

    public static async Task<string> BothAsync(ISnapshots api)
        => Print(await api.GetSharedClusterBackupAsync("g", "c", "s")) + Print(await api.GetSharedClusterBackupAsync("g", "c", "s", true, default));
}
