using Atlas.Client;
using TenantMigration.Atlas;

namespace TenantMigration.Reports;

/// <summary>The nightly backup report: every snapshot of the cluster, the newest completed one fetched again by id.</summary>
public sealed class BackupReport(ISnapshotApi api)
{
    public async Task<IReadOnlyList<string>> BuildAsync(string groupId, string cluster, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        var all = new List<BackupTenantSnapshot>();
        await foreach (var snapshot in api.ListSharedClusterBackupsAsync(groupId, cluster, cancellationToken))
        {
            all.Add(snapshot);
        }

        lines.Add($"{all.Count} snapshot(s) of {cluster}");
        foreach (var snapshot in all.OrderBy(s => s.FinishTime))
        {
            lines.Add(Line(snapshot));
        }

        if (await new LatestSnapshotFinder(api).FindAsync(groupId, cluster, cancellationToken) is { Id: { } id })
        {
            BackupTenantSnapshot again = await api.GetSharedClusterBackupAsync(groupId, clusterName: cluster, snapshotId: id, cancellationToken);
            lines.Add("latest: " + Line(again));
        }

        // The link the team pastes into its runbook.
        var link = $"https://cloud.mongodb.com/api/atlas/v2/groups/{groupId}/clusters/{cluster}/backup/tenant/snapshots";
        lines.Add("API: " + link);
        return lines;
    }

    private static string Line(BackupTenantSnapshot snapshot)
        => $"{snapshot.Id}  {snapshot.Status}  {snapshot.MongoDBVersion}  {snapshot.FinishTime:yyyy-MM-dd HH:mm}";
}
