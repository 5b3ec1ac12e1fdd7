using BenchmarkDotNet.Attributes;

#pragma warning disable CS0618 // the tenant model is obsolete for users; the benchmark measures the seed endpoint on purpose

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// GET …/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId} (Accept 2023-01-01, BackupTenantSnapshot):
/// hand-written (baseline) vs Refit 16.4.0 generated vs our generated client.
/// </summary>
[MemoryDiagnoser]
public class SeedEndpointBenchmarks : EndpointBenchmarkBase
{
    private IRefitTenantSnapshots _refit = null!;
    private ITenantSnapshots _atlas = null!;

    public SeedEndpointBenchmarks() : base(SpecExampleBody.Seed, EndpointCall.SeedUri) { }

    private protected override void CreateTypedClients(HttpClient http)
    {
        _refit = RefitClients.Create<IRefitTenantSnapshots>(http);
        _atlas = new TenantSnapshotsClient(http);
    }

    [Benchmark(Baseline = true)]
    public Task<BackupTenantSnapshot> HandWritten()
        => HandWrittenCalls.GetSharedClusterBackupAsync(Http, EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId, CancellationToken.None);

    [Benchmark]
    public Task<BackupTenantSnapshot> Refit()
        => _refit.GetSharedClusterBackupAsync(EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId);

    [Benchmark]
    public Task<BackupTenantSnapshot> AtlasClient()
        => _atlas.GetSharedClusterBackupAsync(EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId);
}
