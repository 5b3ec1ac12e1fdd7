using Atlas.Client;

namespace Shop;

// An implementation whose body already uses the name the spec gives the parameter: it keeps 'clusterName'.
public sealed class LoggingSnapshots(ISnapshots inner, List<string> log) : ISnapshots
{
    private readonly string name = nameof(LoggingSnapshots);

    public async Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
    {
        log.Add($"{name}: {clusterName}/{snapshotId}");
        return await inner.GetFlexBackupAsync(groupId, clusterName, snapshotId, cancellationToken);
    }
}

public static class Calls
{
    public static Task<FlexBackupSnapshot> ViaClassAsync(LoggingSnapshots snapshots)
        => snapshots.GetFlexBackupAsync("g", clusterName: "c", snapshotId: "s");
}
