using Atlas.Client;

namespace Shop.Domain;

// In this namespace 'FlexBackupSnapshot' is the shop's own type: the Atlas model must be written qualified.
public static class Mapping
{
    public static async Task<FlexBackupSnapshot> ToDomainAsync(Shop.ISnapshots api)
    {
        BackupTenantSnapshot snapshot = await api.GetSharedClusterBackupAsync("g", "c", "s");
        return new FlexBackupSnapshot(snapshot.Id!, snapshot.FinishTime ?? DateTimeOffset.MinValue);
    }
}
