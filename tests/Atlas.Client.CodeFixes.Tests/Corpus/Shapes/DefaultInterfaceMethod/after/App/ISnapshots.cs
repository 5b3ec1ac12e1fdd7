using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);
}

public static class SnapshotsExtensions
{
    // A helper in the interface's own file, calling it positionally.
    public static async Task<bool> IsDoneAsync(this ISnapshots api, string groupId, string clusterName, string snapshotId)
        => (await api.GetFlexBackupAsync(groupId, clusterName, snapshotId)).Status == SnapshotStatus.Completed;
}
