using Atlas.Client;

namespace Shop;

public sealed class BackupApi(ISnapshots inner) : IBackupApi
{
    public string DefaultGroup => "5e2211c17a3e5a48f5497de3";

    public Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default)
        => inner.GetFlexBackupAsync(groupId, name, snapshotId, cancellationToken);
}

public static class Use
{
    public static async Task<string?> IdAsync(IBackupApi api)
        => (await api.GetFlexBackupAsync(api.DefaultGroup, name: "c", snapshotId: "s")).Id;
}
