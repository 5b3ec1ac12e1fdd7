using Atlas.Client;

namespace Shop;

public static class Callers
{
    public static async Task AllOrdersAsync(ISnapshots api, CancellationToken token)
    {
        await api.GetSharedClusterBackupAsync("g", "c", "s");
        await api.GetSharedClusterBackupAsync(groupId: "g", clusterName: "c", snapshotId: "s");
        await api.GetSharedClusterBackupAsync(snapshotId: "s", clusterName: "c", groupId: "g");
        await api.GetSharedClusterBackupAsync("g", snapshotId: "s", clusterName: "c", cancellationToken: token);
        await api.GetSharedClusterBackupAsync(cancellationToken: token, clusterName: "c", groupId: "g", snapshotId: "s");
        _ = api.GetSharedClusterBackupAsync("g", clusterName: "c", "s", token);
    }
}
