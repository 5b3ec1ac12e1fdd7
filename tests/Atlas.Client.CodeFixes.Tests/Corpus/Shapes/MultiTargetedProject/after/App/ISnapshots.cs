using Atlas.Client;

namespace Shop;

// A library that targets net10.0 and net8.0 (<TargetFrameworks>net10.0;net8.0</TargetFrameworks>): this file is compiled
// for both.
[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> GetFlexBackupRestoreJobAsync(string groupId, string name, string restoreJobId, CancellationToken cancellationToken = default);
}
