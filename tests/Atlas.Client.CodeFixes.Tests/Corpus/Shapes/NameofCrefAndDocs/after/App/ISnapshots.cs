using Atlas.Client;

namespace Shop;

/// <summary>Snapshots of the shop's clusters. Use <see cref="GetFlexBackupAsync"/>.</summary>
[AtlasClient]
public partial interface ISnapshots
{
    /// <summary>One snapshot.</summary>
    /// <param name="groupId">The project.</param>
    /// <param name="name">The cluster; see <paramref name="name"/>.</param>
    /// <param name="snapshotId">The snapshot.</param>
    /// <param name="cancellationToken">Cancels.</param>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);
}
