using Atlas.Client;

namespace Shop.Atlas;

[AtlasClient]
public partial interface ITenantSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupSnapshot>> ListFlexSnapshotsAsync(string groupId, string name, CancellationToken cancellationToken = default);
}

[AtlasClient]
public partial interface ITenantRestores
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupRestoreJob>> ListFlexRestoreJobsAsync(string groupId, string name, CancellationToken cancellationToken = default);
}

public sealed class Dashboard(ITenantSnapshots snapshots, ITenantRestores restores)
{
    public async Task<string> SummaryAsync(string groupId, string cluster)
    {
        var page = await snapshots.ListFlexSnapshotsAsync(groupId, cluster);
        var jobs = await restores.ListFlexRestoreJobsAsync(groupId, cluster);
        return $"{page.TotalCount} snapshots, {jobs.Results.Count(j => j.Status == RestoreJobStatus.Completed)} restores done";
    }
}
