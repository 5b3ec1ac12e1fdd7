namespace Shop;

public static class Check
{
    public static Task<bool> DoneAsync(ISnapshots api) => api.IsCompletedAsync("g", clusterName: "c", snapshotId: "s");
}
