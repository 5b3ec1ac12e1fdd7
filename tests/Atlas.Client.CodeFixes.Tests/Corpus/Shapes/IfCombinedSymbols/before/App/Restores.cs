using Atlas.Client;

namespace Shop;

// A team that replays recorded Atlas traffic in release builds only (-p:UseRecordedAtlas=true adds RECORDED_ATLAS), and
// checks a staging cluster from release builds of its STAGING configuration: branches no single symbol reaches.
public static class Restores
{
    public static async Task<string?> WhereAsync(ISnapshots api, string cluster, string id)
    {
#if RECORDED_ATLAS && !DEBUG
        var recorded = await api.GetSharedClusterBackupRestoreJobAsync("recorded", cluster, id);
        return recorded.Id;
#elif (STAGING || QA) && RELEASE
        TenantRestore staged = await api.GetSharedClusterBackupRestoreJobAsync("staging", clusterName: cluster, restoreId: id);
        return staged.ClusterName;
#else
        var job = await api.GetSharedClusterBackupRestoreJobAsync("g", cluster, id);
        return job.Id;
#endif
    }
}
