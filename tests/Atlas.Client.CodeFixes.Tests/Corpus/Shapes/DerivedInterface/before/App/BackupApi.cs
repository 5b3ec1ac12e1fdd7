using Atlas.Client;

namespace Shop;

public sealed class BackupApi(ISnapshots inner) : IBackupApi
{
    public string DefaultGroup => "5e2211c17a3e5a48f5497de3";

    public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
        => inner.GetSharedClusterBackupAsync(groupId, clusterName, snapshotId, cancellationToken);
}

public static class Use
{
    public static async Task<string?> IdAsync(IBackupApi api)
        => (await api.GetSharedClusterBackupAsync(api.DefaultGroup, clusterName: "c", snapshotId: "s")).Id;
}
