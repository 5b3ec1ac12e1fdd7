using Atlas.Client;

namespace Shop;

public static class Callers
{
    public static async Task AllOrdersAsync(ISnapshots api, CancellationToken token)
    {
        await api.GetFlexBackupAsync("g", "c", "s");
        await api.GetFlexBackupAsync(groupId: "g", name: "c", snapshotId: "s");
        await api.GetFlexBackupAsync(snapshotId: "s", name: "c", groupId: "g");
        await api.GetFlexBackupAsync("g", snapshotId: "s", name: "c", cancellationToken: token);
        await api.GetFlexBackupAsync(cancellationToken: token, name: "c", groupId: "g", snapshotId: "s");
        _ = api.GetFlexBackupAsync("g", name: "c", "s", token);
    }
}
