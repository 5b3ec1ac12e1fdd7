using Atlas.Client;

namespace Shop;

public static class Counter
{
    public static async Task<int> CountAsync()
    {
        ISnapshots api = new InMemorySnapshots(new BackupTenantSnapshot { Id = "a" }, new BackupTenantSnapshot { Id = "b" });
        var page = await api.ListSharedClusterBackupsAsync("g", clusterName: "c");
        return page.Results.Count;
    }
}
