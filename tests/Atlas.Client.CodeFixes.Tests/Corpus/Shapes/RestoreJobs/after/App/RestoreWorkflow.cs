using Atlas.Client;

namespace Shop.Restores;

public sealed class RestoreWorkflow(IRestores restores)
{
    public async Task<string> RestoreAsync(string groupId, string source, string snapshotId, string target)
    {
        FlexBackupRestoreJob job = await restores.CreateFlexBackupRestoreJobAsync(groupId, source,
            new FlexBackupRestoreJobCreate(snapshotId, target));
        var done = await restores.GetFlexBackupRestoreJobAsync(groupId, source, job.Id!);
        return $"{done.InstanceName} -> {done.TargetDeploymentItemName}: {done.Status}";
    }

    public async Task<string?> DownloadLinkAsync(string groupId, string cluster, string snapshotId)
    {
        var request = new FlexBackupSnapshotDownloadCreate(snapshotId);
        var job = await restores.DownloadFlexBackupAsync(groupId, cluster, request);
        return job.SnapshotUrl;
    }
}
