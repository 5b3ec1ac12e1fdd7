using Atlas.Client.Benchmarks.AotApps;
using Atlas.Client.Benchmarks.Runtime;

using var http = new HttpClient { BaseAddress = AppArguments.BaseAddress(args) };
var snapshot = await HandWrittenCalls.GetSharedClusterBackupAsync(
    http, EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId, CancellationToken.None);
Console.WriteLine($"snapshot {snapshot.Id} {snapshot.Status}");
