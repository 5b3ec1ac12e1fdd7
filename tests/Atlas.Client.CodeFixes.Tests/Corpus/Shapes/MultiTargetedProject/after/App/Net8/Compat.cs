using Atlas.Client;

namespace Shop;

// Compiled for net8.0 only (<Compile Remove="Net8/**" Condition="'$(TargetFramework)' != 'net8.0'" />).
public static class Compat
{
    public static async Task<string?> ClusterAsync(ISnapshots api, string cluster, string id)
    {
        FlexBackupRestoreJob job = await api.GetFlexBackupRestoreJobAsync("g", name: cluster, restoreJobId: id);
        return job.InstanceName;
    }
}
