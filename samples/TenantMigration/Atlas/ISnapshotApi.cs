using Atlas.Client;

namespace TenantMigration.Atlas;

/// <summary>The endpoints this app uses, written when the shop's cluster was an M2.</summary>
[AtlasClient]
public partial interface ISnapshotApi
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    IAsyncEnumerable<BackupTenantSnapshot> ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}

/// <summary>Finds the newest completed snapshot (a caller in the interface's own file).</summary>
public sealed class LatestSnapshotFinder(ISnapshotApi api)
{
    public async Task<BackupTenantSnapshot?> FindAsync(string groupId, string clusterName, CancellationToken cancellationToken = default)
    {
        BackupTenantSnapshot? latest = null;
        await foreach (var snapshot in api.ListSharedClusterBackupsAsync(groupId, clusterName: clusterName, cancellationToken))
        {
            if (snapshot.Status == SnapshotStatus.Completed && (latest is null || snapshot.FinishTime > latest.FinishTime))
            {
                latest = snapshot;
            }
        }

        return latest;
    }
}
