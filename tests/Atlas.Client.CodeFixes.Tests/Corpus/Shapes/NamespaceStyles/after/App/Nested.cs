namespace Shop.Backups.Reports;

using Snapshot = global::Atlas.Client.FlexBackupSnapshot;

internal static class Nested
{
    public static async Task<Snapshot> FetchAsync(ISnapshots api) => await api.GetFlexBackupAsync("g", name: "c", snapshotId: "s");
}
