using Atlas.Client;
using Shop.Backups;

namespace Shop.Tests;

/// <summary>A fake that implements the client implicitly and records the cluster it was asked for.</summary>
public sealed class FakeSnapshots : ISnapshots
{
    public List<string> Clusters { get; } = new();

    public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterName);
        Clusters.Add(clusterName);
        return Task.FromResult(new BackupTenantSnapshot { Id = snapshotId, Status = SnapshotStatus.Completed });
    }
}

/// <summary>A fake that implements it explicitly.</summary>
public sealed class ThrowingSnapshots : ISnapshots
{
    Task<BackupTenantSnapshot> ISnapshots.GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken)
        => throw new InvalidOperationException($"no snapshot {snapshotId} on {clusterName}");
}

public static class FakeUse
{
    public static async Task<int> CountAsync()
    {
        var fake = new FakeSnapshots();
        await fake.GetSharedClusterBackupAsync("g", clusterName: "c1", snapshotId: "s1");
        ISnapshots api = fake;
        await api.GetSharedClusterBackupAsync("g", snapshotId: "s2", clusterName: "c2");
        return fake.Clusters.Count;
    }
}
