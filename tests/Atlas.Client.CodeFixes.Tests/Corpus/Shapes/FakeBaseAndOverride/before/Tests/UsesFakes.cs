namespace Shop.Tests;

public static class UsesFakes
{
    public static async Task<string?> RunAsync()
    {
        var fake = new SlowFake();
        var snapshot = await fake.GetSharedClusterBackupAsync("g", clusterName: "c", snapshotId: "s");
        return snapshot.Id;
    }
}
