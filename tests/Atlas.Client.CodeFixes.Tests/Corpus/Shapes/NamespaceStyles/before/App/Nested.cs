namespace Shop.Backups.Reports;

using Snapshot = global::Atlas.Client.BackupTenantSnapshot;

internal static class Nested
{
    public static async Task<Snapshot> FetchAsync(ISnapshots api) => await api.GetSharedClusterBackupAsync("g", clusterName: "c", snapshotId: "s");
}
