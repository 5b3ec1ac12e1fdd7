using Atlas.Client;

namespace Shop;

// An implementation whose body already uses the name the spec gives the parameter: it keeps 'clusterName'.
public sealed class LoggingSnapshots(ISnapshots inner, List<string> log) : ISnapshots
{
    private readonly string name = nameof(LoggingSnapshots);

    public async Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
    {
        log.Add($"{name}: {clusterName}/{snapshotId}");
        return await inner.GetSharedClusterBackupAsync(groupId, clusterName, snapshotId, cancellationToken);
    }
}

public static class Calls
{
    public static Task<BackupTenantSnapshot> ViaClassAsync(LoggingSnapshots snapshots)
        => snapshots.GetSharedClusterBackupAsync("g", clusterName: "c", snapshotId: "s");
}
