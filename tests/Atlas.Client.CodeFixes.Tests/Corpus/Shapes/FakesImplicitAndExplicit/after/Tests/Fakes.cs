using Atlas.Client;
using Shop.Backups;

namespace Shop.Tests;

/// <summary>A fake that implements the client implicitly and records the cluster it was asked for.</summary>
public sealed class FakeSnapshots : ISnapshots
{
    public List<string> Clusters { get; } = new();

    public Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Clusters.Add(name);
        return Task.FromResult(new FlexBackupSnapshot { Id = snapshotId, Status = SnapshotStatus.Completed });
    }
}

/// <summary>A fake that implements it explicitly.</summary>
public sealed class ThrowingSnapshots : ISnapshots
{
    Task<FlexBackupSnapshot> ISnapshots.GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken)
        => throw new InvalidOperationException($"no snapshot {snapshotId} on {name}");
}

public static class FakeUse
{
    public static async Task<int> CountAsync()
    {
        var fake = new FakeSnapshots();
        await fake.GetFlexBackupAsync("g", name: "c1", snapshotId: "s1");
        ISnapshots api = fake;
        await api.GetFlexBackupAsync("g", snapshotId: "s2", name: "c2");
        return fake.Clusters.Count;
    }
}
