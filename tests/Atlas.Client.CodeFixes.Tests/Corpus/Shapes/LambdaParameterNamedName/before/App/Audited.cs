using Atlas.Client;

namespace Shop;

// The body uses 'name' for a lambda parameter: renaming 'clusterName' to 'name' would collide, so it keeps its name.
public sealed class Audited(ISnapshots inner, IReadOnlyList<string> allowed) : ISnapshots
{
    public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default)
    {
        if (!allowed.Any(name => string.Equals(name, clusterName, StringComparison.Ordinal)))
        {
            throw new UnauthorizedAccessException(clusterName);
        }

        return inner.GetSharedClusterBackupAsync(groupId, clusterName, snapshotId, cancellationToken);
    }
}
