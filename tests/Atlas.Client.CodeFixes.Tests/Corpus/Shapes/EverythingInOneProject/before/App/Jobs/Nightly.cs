using Atlas.Client;
using Shop.Atlas;

namespace Shop.Jobs;

public sealed class Nightly(ITenant atlas, HttpClient http)
{
    private BackupTenantSnapshot? _last;

    public async Task<string> RunAsync(string groupId, string cluster, string snapshotId, string restoreId)
    {
        _last = await atlas.GetSharedClusterBackupAsync(groupId, cluster, snapshotId);
        TenantRestore job = await atlas.GetSharedClusterBackupRestoreJobAsync(groupId, clusterName: cluster, restoreId: restoreId);
        using var raw = await http.GetAsync($"api/atlas/v2/groups/{groupId}/clusters/{cluster}/backup/tenant/snapshots");
        var clusters = await atlas.ListClustersAsync(groupId);
        return $"{_last.Id} {job.ClusterName} {job.Status} {(int)raw.StatusCode} {clusters.StatusCode}";
    }
}
