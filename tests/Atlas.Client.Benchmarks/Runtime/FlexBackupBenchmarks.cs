using BenchmarkDotNet.Attributes;

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// GET …/flexClusters/{name}/backup/snapshots/{snapshotId} (Accept 2024-11-13, FlexBackupSnapshot):
/// hand-written (baseline) vs Refit 16.4.0 generated vs our generated client.
/// </summary>
[MemoryDiagnoser]
public class FlexBackupBenchmarks : EndpointBenchmarkBase
{
    private IRefitFlexSnapshots _refit = null!;
    private IFlexSnapshots _atlas = null!;

    public FlexBackupBenchmarks() : base(SpecExampleBody.Flex, EndpointCall.FlexUri) { }

    private protected override void CreateTypedClients(HttpClient http)
    {
        _refit = RefitClients.Create<IRefitFlexSnapshots>(http);
        _atlas = new FlexSnapshotsClient(http);
    }

    [Benchmark(Baseline = true)]
    public Task<FlexBackupSnapshot> HandWritten()
        => HandWrittenCalls.GetFlexBackupAsync(Http, EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId, CancellationToken.None);

    [Benchmark]
    public Task<FlexBackupSnapshot> Refit()
        => _refit.GetFlexBackupAsync(EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId);

    [Benchmark]
    public Task<FlexBackupSnapshot> AtlasClient()
        => _atlas.GetFlexBackupAsync(EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId);
}
