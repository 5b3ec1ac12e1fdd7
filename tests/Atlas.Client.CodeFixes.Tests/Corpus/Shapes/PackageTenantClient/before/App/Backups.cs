using Atlas.Client;

namespace Shop;

// Code on the package's own ready-made tenant client: its models are the tenant ones and stay so until the code
// moves to IFlexBackups (a person's step: see ATLAS0002's page). The models it receives cannot change alone.
public sealed class Backups(ITenantBackups tenant)
{
    public async Task<string> LatestAsync(string groupId, string cluster)
    {
        BackupTenantSnapshot snapshot = await tenant.GetSharedClusterBackupAsync(groupId, cluster, "6733a1f0c2b54d0a8e1f0001");
        var page = await tenant.ListSharedClusterBackupsAsync(groupId, clusterName: cluster);
        List<BackupTenantSnapshot> all = page.Results.ToList();
        return $"{snapshot.Id} of {all.Count}";
    }

    // Not tied to the tenant client: this one can take the Flex model.
    public static string Label(BackupTenantSnapshot snapshot) => snapshot.Id ?? "?";
}
