using Atlas.Client;
using Shop.Atlas;

namespace Shop.Jobs;

public sealed class Nightly(ITenant atlas, HttpClient http)
{
    private FlexBackupSnapshot? _last;

    public async Task<string> RunAsync(string groupId, string cluster, string snapshotId, string restoreId)
    {
        _last = await atlas.GetFlexBackupAsync(groupId, cluster, snapshotId);
        FlexBackupRestoreJob job = await atlas.GetFlexBackupRestoreJobAsync(groupId, name: cluster, restoreJobId: restoreId);
        using var raw = await http.GetAsync($"api/atlas/v2/groups/{groupId}/flexClusters/{cluster}/backup/snapshots");
        var clusters = await atlas.ListClustersAsync(groupId);
        return $"{_last.Id} {job.InstanceName} {job.Status} {(int)raw.StatusCode} {clusters.StatusCode}";
    }
}
