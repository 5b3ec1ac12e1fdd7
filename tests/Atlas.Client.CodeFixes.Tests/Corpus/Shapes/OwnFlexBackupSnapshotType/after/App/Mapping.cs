using Atlas.Client;

namespace Shop.Domain;

// In this namespace 'FlexBackupSnapshot' is the shop's own type: the Atlas model must be written qualified.
public static class Mapping
{
    public static async Task<FlexBackupSnapshot> ToDomainAsync(Shop.ISnapshots api)
    {
        Atlas.Client.FlexBackupSnapshot snapshot = await api.GetFlexBackupAsync("g", "c", "s");
        return new FlexBackupSnapshot(snapshot.Id!, snapshot.FinishTime ?? DateTimeOffset.MinValue);
    }
}
