using Atlas.Client;

namespace Shop.Tests;

public abstract class FakeBase : ISnapshots
{
    public virtual Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
        => Task.FromResult(new BackupTenantSnapshot { Id = snapshotId });
}

public sealed class SlowFake : FakeBase
{
    public override async Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
    {
        await Task.Delay(10, cancellationToken);
        return await base.GetSharedClusterBackupAsync(groupId, clusterName, snapshotId, cancellationToken);
    }
}
