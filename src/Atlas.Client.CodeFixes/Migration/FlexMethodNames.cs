namespace Atlas.Client.CodeFixes.Migration;

/// <summary>
/// The Flex name of a method named after a tenant operation: <c>GetSharedClusterBackupAsync</c> →
/// <c>GetFlexBackupAsync</c>, <c>ListTenantSnapshots</c> → <c>ListFlexSnapshots</c>. Names that do not mention the
/// tenant family (<c>GetSnapshotAsync</c>) stay as they are.
/// </summary>
internal static class FlexMethodNames
{
    // Longest first, so that a longer fragment wins over one it contains.
    private static readonly (string Tenant, string Flex)[] Fragments =
    {
        ("BackupTenantSnapshot", "FlexBackupSnapshot"),
        ("SharedClusterBackup", "FlexBackup"),
        ("TenantRestoreJob", "FlexRestoreJob"),
        ("TenantSnapshot", "FlexSnapshot"),
        ("TenantRestore", "FlexRestoreJob"),
        ("TenantBackup", "FlexBackup"),
    };

    /// <returns>The Flex name, or null when the name does not mention the tenant family.</returns>
    public static string? For(string name)
    {
        var renamed = name;
        foreach (var (tenant, flex) in Fragments)
        {
            renamed = renamed.Replace(tenant, flex);
        }

        return renamed == name ? null : renamed;
    }
}
