using Atlas.Client;

namespace Shop.Restores;

[AtlasClient]
public partial interface IRestores
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> GetFlexBackupRestoreJobAsync(string groupId, string name, string restoreJobId, CancellationToken cancellationToken = default);

    [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> CreateFlexBackupRestoreJobAsync(string groupId, string name, [Body] FlexBackupRestoreJobCreate restoreJob, CancellationToken cancellationToken = default);

    [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> DownloadFlexBackupAsync(string groupId, string name, [Body] FlexBackupSnapshotDownloadCreate download, CancellationToken cancellationToken = default);
}
