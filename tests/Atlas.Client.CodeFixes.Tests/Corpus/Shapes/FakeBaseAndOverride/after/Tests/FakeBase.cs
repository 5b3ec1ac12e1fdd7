using Atlas.Client;

namespace Shop.Tests;

public abstract class FakeBase : ISnapshots
{
    public virtual Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default)
        => Task.FromResult(new FlexBackupSnapshot { Id = snapshotId });
}

public sealed class SlowFake : FakeBase
{
    public override async Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default)
    {
        await Task.Delay(10, cancellationToken);
        return await base.GetFlexBackupAsync(groupId, name, snapshotId, cancellationToken);
    }
}
