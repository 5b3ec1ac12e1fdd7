using Atlas.Client;

namespace Shop.Atlas;

[AtlasClient]
public partial interface ITenant
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> GetFlexBackupRestoreJobAsync(string groupId, string name, string restoreJobId, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters", Version = "2024-08-05")]
    Task<AtlasResponse> ListClustersAsync(string groupId, CancellationToken cancellationToken = default);
}
