using Atlas.Client;

namespace Shop;

// A library that targets net10.0 and net8.0 (<TargetFrameworks>net10.0;net8.0</TargetFrameworks>): this file is compiled
// for both.
[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", Version = "2023-01-01")]
    Task<TenantRestore> GetSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, string restoreId, CancellationToken cancellationToken = default);
}
