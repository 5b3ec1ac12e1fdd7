using Atlas.Client;

namespace Shop;

// A team that replays recorded Atlas traffic in release builds only (-p:UseRecordedAtlas=true adds RECORDED_ATLAS), and
// checks a staging cluster from release builds of its STAGING configuration: branches no single symbol reaches.
public static class Restores
{
    public static async Task<string?> WhereAsync(ISnapshots api, string cluster, string id)
    {
#if RECORDED_ATLAS && !DEBUG
        var recorded = await api.GetFlexBackupRestoreJobAsync("recorded", cluster, id);
        return recorded.Id;
#elif (STAGING || QA) && RELEASE
        FlexBackupRestoreJob staged = await api.GetFlexBackupRestoreJobAsync("staging", name: cluster, restoreJobId: id);
        return staged.InstanceName;
#else
        var job = await api.GetFlexBackupRestoreJobAsync("g", cluster, id);
        return job.Id;
#endif
    }
}
