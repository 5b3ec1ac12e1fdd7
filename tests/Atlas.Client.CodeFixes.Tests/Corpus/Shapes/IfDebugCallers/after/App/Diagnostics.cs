using Atlas.Client;

namespace Shop;

public static class Diagnostics
{
    public static async Task<string> ProbeAsync(ISnapshots api, string group)
    {
#if DEBUG
        var snapshot = await api.GetFlexBackupAsync(group, name: "debug-cluster", snapshotId: "s");
        return "debug " + snapshot.Id;
#else
        FlexBackupSnapshot snapshot = await api.GetFlexBackupAsync(group, name: "prod-cluster", snapshotId: "s");
        return "release " + snapshot.Status;
#endif
    }
}
