using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> GetFlexBackupRestoreJobAsync(string groupId, string name, string restoreJobId, CancellationToken cancellationToken = default);
}
