using Atlas.Client;

namespace Shop.Restores;

public sealed class RestoreWorkflow(IRestores restores)
{
    public async Task<string> RestoreAsync(string groupId, string source, string snapshotId, string target)
    {
        TenantRestore job = await restores.CreateSharedClusterBackupRestoreJobAsync(groupId, source,
            new TenantRestore { SnapshotId = snapshotId, TargetDeploymentItemName = target });
        var done = await restores.GetSharedClusterBackupRestoreJobAsync(groupId, source, job.Id!);
        return $"{done.ClusterName} -> {done.TargetDeploymentItemName}: {done.Status}";
    }

    public async Task<string?> DownloadLinkAsync(string groupId, string cluster, string snapshotId)
    {
        var request = new TenantRestore { SnapshotId = snapshotId };
        var job = await restores.DownloadSharedClusterBackupAsync(groupId, cluster, request);
        return job.SnapshotUrl;
    }
}
