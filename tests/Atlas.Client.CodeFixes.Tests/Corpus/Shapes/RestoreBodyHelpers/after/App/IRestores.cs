using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface IRestores
{
    [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> CreateRestoreAsync(string groupId, string name, [Body] FlexBackupRestoreJobCreate restoreJob, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupRestoreJob>> ListRestoresAsync(string groupId, string name, CancellationToken cancellationToken = default);
}
