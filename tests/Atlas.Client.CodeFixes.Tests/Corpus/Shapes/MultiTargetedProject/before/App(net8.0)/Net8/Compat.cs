using Atlas.Client;

namespace Shop;

// Compiled for net8.0 only (<Compile Remove="Net8/**" Condition="'$(TargetFramework)' != 'net8.0'" />).
public static class Compat
{
    public static async Task<string?> ClusterAsync(ISnapshots api, string cluster, string id)
    {
        TenantRestore job = await api.GetSharedClusterBackupRestoreJobAsync("g", clusterName: cluster, restoreId: id);
        return job.ClusterName;
    }
}
