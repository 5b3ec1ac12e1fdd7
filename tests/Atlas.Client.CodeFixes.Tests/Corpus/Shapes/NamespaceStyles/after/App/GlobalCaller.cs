// No namespace, no using of Atlas.Client: every name qualified.
public static class GlobalCaller
{
    public static async System.Threading.Tasks.Task<Atlas.Client.FlexBackupSnapshot> FetchAsync(Shop.Backups.ISnapshots api)
        => await api.GetFlexBackupAsync("g", "c", "s");
}
