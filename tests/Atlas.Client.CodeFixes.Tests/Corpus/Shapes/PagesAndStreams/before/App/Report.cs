using Atlas.Client;

namespace Shop;

public static class Report
{
    public static async Task<string> BuildAsync(ISnapshots api, string groupId, string cluster)
    {
        AtlasPage<BackupTenantSnapshot> first = await api.ListSharedClusterBackupsAsync(groupId, cluster);
        var count = 0;
        await foreach (BackupTenantSnapshot snapshot in api.EnumerateTenantSnapshotsAsync(groupId, clusterName: cluster))
        {
            count += snapshot.Status == SnapshotStatus.Completed ? 1 : 0;
        }

        AtlasResponse<AtlasPage<BackupTenantSnapshot>> response = await api.ListWithHeadersAsync(groupId, cluster);
        return $"{first.TotalCount} listed, {count} completed, HTTP {(int)response.StatusCode}";
    }
}
