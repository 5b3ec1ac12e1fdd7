using Atlas.Client.Benchmarks.AotApps;
using Atlas.Client.Benchmarks.Runtime;

#pragma warning disable CS0618 // the tenant endpoint is sunset: the size app calls the seed endpoint on purpose

using var http = new HttpClient { BaseAddress = AppArguments.BaseAddress(args) };
var snapshot = await new TenantSnapshotsClient(http).GetSharedClusterBackupAsync(
    EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId);
Console.WriteLine($"snapshot {snapshot.Id} {snapshot.Status}");
