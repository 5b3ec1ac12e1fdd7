using System.Runtime.CompilerServices;
using Atlas.Client;
using Shop.Lib.Clients;

namespace Shop.Tests;

public sealed class FakeSnapshots : ISnapshots
{
    public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
        => Task.FromResult(new BackupTenantSnapshot { Id = snapshotId });

    public async IAsyncEnumerable<BackupTenantSnapshot> ListSharedClusterBackupsAsync(string groupId, string clusterName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        yield return new BackupTenantSnapshot { Id = clusterName + "-1" };
    }
}

public static class ServiceTests
{
    public static async Task<int> CountAsync() => (await new Shop.App.Service(new FakeSnapshots()).LinesAsync("g", "c")).Count;
}
