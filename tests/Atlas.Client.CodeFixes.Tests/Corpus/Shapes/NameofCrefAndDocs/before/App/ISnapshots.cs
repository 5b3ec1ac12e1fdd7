using Atlas.Client;

namespace Shop;

/// <summary>Snapshots of the shop's clusters. Use <see cref="GetSharedClusterBackupAsync"/>.</summary>
[AtlasClient]
public partial interface ISnapshots
{
    /// <summary>One snapshot.</summary>
    /// <param name="groupId">The project.</param>
    /// <param name="clusterName">The cluster; see <paramref name="clusterName"/>.</param>
    /// <param name="snapshotId">The snapshot.</param>
    /// <param name="cancellationToken">Cancels.</param>
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);
}
