using System.Runtime.CompilerServices;
using Atlas.Client;
using TenantMigration.Atlas;

namespace TenantMigration.Testing;

/// <summary>The team's test fake (run by <c>--self-check</c>): two snapshots, no network.</summary>
public sealed class FakeSnapshotApi : ISnapshotApi
{
    private static readonly BackupTenantSnapshot[] Snapshots =
    [
        new() { Id = "000000000000000000000001", Status = SnapshotStatus.Completed, MongoDBVersion = "8.0.4", FinishTime = new DateTimeOffset(2026, 11, 1, 2, 3, 0, TimeSpan.Zero) },
        new() { Id = "000000000000000000000002", Status = SnapshotStatus.Completed, MongoDBVersion = "8.0.4", FinishTime = new DateTimeOffset(2026, 11, 2, 2, 3, 0, TimeSpan.Zero) },
    ];

    public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
        => Task.FromResult(Snapshots.Single(s => s.Id == snapshotId));

    public async IAsyncEnumerable<BackupTenantSnapshot> ListSharedClusterBackupsAsync(
        string groupId, string clusterName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var snapshot in Snapshots)
        {
            await Task.Yield();
            yield return snapshot;
        }
    }
}
