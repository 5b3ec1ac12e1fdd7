namespace Shop;

public static class Poller
{
    public static async Task WaitAsync(ISnapshots api)
    {
        while (!await api.IsDoneAsync("g", clusterName: "c", snapshotId: "s"))
        {
            await Task.Delay(1000);
        }
    }
}
