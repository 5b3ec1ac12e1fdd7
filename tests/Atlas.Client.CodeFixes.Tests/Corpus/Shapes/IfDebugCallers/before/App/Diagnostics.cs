using Atlas.Client;

namespace Shop;

public static class Diagnostics
{
    public static async Task<string> ProbeAsync(ISnapshots api, string group)
    {
#if DEBUG
        var snapshot = await api.GetSharedClusterBackupAsync(group, clusterName: "debug-cluster", snapshotId: "s");
        return "debug " + snapshot.Id;
#else
        BackupTenantSnapshot snapshot = await api.GetSharedClusterBackupAsync(group, clusterName: "prod-cluster", snapshotId: "s");
        return "release " + snapshot.Status;
#endif
    }
}
