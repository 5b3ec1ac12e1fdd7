using Atlas.Client.Benchmarks.AotApps;
using Atlas.Client.Benchmarks.Runtime;

using var http = new HttpClient { BaseAddress = AppArguments.BaseAddress(args) };
var snapshot = await RefitClients.Create<IRefitTenantSnapshots>(http).GetSharedClusterBackupAsync(
    EndpointCall.GroupId, EndpointCall.ClusterName, EndpointCall.SnapshotId);
Console.WriteLine($"snapshot {snapshot.Id} {snapshot.Status}");
