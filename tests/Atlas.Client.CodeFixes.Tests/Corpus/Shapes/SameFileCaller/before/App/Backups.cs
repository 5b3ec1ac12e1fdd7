using Atlas.Client;

namespace Shop.Backups;

// The shape of issue 12's report: the interface and a class that calls it in one file.
[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);
}

public sealed class SnapshotReport(ISnapshots api)
{
    public async Task<string> DescribeAsync(string groupId, string cluster, string id)
    {
        var snapshot = await api.GetSharedClusterBackupAsync(groupId, clusterName: cluster, snapshotId: id);
        return $"{snapshot.Id} {snapshot.Status} {snapshot.FinishTime:u}";
    }
}
