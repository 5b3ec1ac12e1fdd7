namespace Atlas.Client.Benchmarks.Runtime;

// Our clients for the same two endpoints, declared as a user declares them (issue 2) and implemented by the
// Atlas.Client generator referenced as an Analyzer, exactly as the package wires it.

#pragma warning disable CS0618 // the tenant endpoint is sunset: the benchmark measures the seed endpoint on purpose
[AtlasClient]
public partial interface ITenantSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);
}
#pragma warning restore CS0618

[AtlasClient]
public partial interface IFlexSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
        bool? envelope = null, CancellationToken cancellationToken = default);
}
