using Atlas.Client;

namespace Shop;

public static class Use
{
    public static async Task<SnapshotRow> RowAsync(ISnapshots api, string cluster)
    {
        var snapshot = await api.GetFlexBackupAsync("g", cluster, "s");
        return new SnapshotRow(snapshot, cluster);
    }
}
