using Atlas.Client;

namespace Shop;

public static class Jobs
{
    public static async Task<int> RunAsync(ISnapshots api)
    {
        var one = await api.GetSharedClusterBackupAsync("g", "c", "s");
#if RELEASE
        var page = await api.ListSharedClusterBackupsAsync("g", clusterName: "c");
        return page.TotalCount ?? 0;
#else
        return one.Id is null ? 0 : 1;
#endif
    }
}
