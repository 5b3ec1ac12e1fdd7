namespace Shop;

public static class Use
{
    public static async Task<bool> BothOkAsync(IClusters clusters)
        => (await clusters.GetClusterAsync("g", clusterName: "c")).IsSuccessStatusCode && (await clusters.ListClustersAsync("g")).IsSuccessStatusCode;
}
