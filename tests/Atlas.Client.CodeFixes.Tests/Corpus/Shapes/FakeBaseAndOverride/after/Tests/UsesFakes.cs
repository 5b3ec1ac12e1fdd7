namespace Shop.Tests;

public static class UsesFakes
{
    public static async Task<string?> RunAsync()
    {
        var fake = new SlowFake();
        var snapshot = await fake.GetFlexBackupAsync("g", name: "c", snapshotId: "s");
        return snapshot.Id;
    }
}
