using Atlas.Client;

namespace Shop;

public static class Report
{
    public static async Task<string> BuildAsync(ISnapshots api, string groupId, string cluster)
    {
        AtlasPage<FlexBackupSnapshot> first = await api.ListFlexBackupsAsync(groupId, cluster);
        var count = 0;
        await foreach (FlexBackupSnapshot snapshot in api.EnumerateFlexSnapshotsAsync(groupId, name: cluster))
        {
            count += snapshot.Status == SnapshotStatus.Completed ? 1 : 0;
        }

        AtlasResponse<AtlasPage<FlexBackupSnapshot>> response = await api.ListWithHeadersAsync(groupId, cluster);
        return $"{first.TotalCount} listed, {count} completed, HTTP {(int)response.StatusCode}";
    }
}
