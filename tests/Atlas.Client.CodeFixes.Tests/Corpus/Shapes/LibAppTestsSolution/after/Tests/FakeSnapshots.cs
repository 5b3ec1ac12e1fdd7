using System.Runtime.CompilerServices;
using Atlas.Client;
using Shop.Lib.Clients;

namespace Shop.Tests;

public sealed class FakeSnapshots : ISnapshots
{
    public Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default)
        => Task.FromResult(new FlexBackupSnapshot { Id = snapshotId });

    public async IAsyncEnumerable<FlexBackupSnapshot> ListFlexBackupsAsync(string groupId, string name, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        yield return new FlexBackupSnapshot { Id = name + "-1" };
    }
}

public static class ServiceTests
{
    public static async Task<int> CountAsync() => (await new Shop.App.Service(new FakeSnapshots()).LinesAsync("g", "c")).Count;
}
