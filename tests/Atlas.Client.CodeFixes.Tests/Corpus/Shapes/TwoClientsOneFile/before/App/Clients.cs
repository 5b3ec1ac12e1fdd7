using Atlas.Client;

namespace Shop.Atlas;

[AtlasClient]
public partial interface ITenantSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    Task<AtlasPage<BackupTenantSnapshot>> ListTenantSnapshotsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}

[AtlasClient]
public partial interface ITenantRestores
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", Version = "2023-01-01")]
    Task<AtlasPage<TenantRestore>> ListTenantRestoresAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}

public sealed class Dashboard(ITenantSnapshots snapshots, ITenantRestores restores)
{
    public async Task<string> SummaryAsync(string groupId, string cluster)
    {
        var page = await snapshots.ListTenantSnapshotsAsync(groupId, cluster);
        var jobs = await restores.ListTenantRestoresAsync(groupId, cluster);
        return $"{page.TotalCount} snapshots, {jobs.Results.Count(j => j.Status == RestoreJobStatus.Completed)} restores done";
    }
}
