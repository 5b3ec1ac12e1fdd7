// Calls both foundation endpoints through clients generated from the packed package, with Digest authentication.
// Arguments: <baseUrl> <publicKey> <privateKey> <groupId> <flexCluster> <flexSnapshotId> <tenantCluster> <tenantSnapshotId>
using System.Net;
using Atlas.Client;

if (args.Length != 8)
{
    Console.Error.WriteLine("usage: Consumer <baseUrl> <publicKey> <privateKey> <groupId> <flexCluster> <flexSnapshotId> <tenantCluster> <tenantSnapshotId>");
    return 2;
}

using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(args[1], args[2]), new Uri(args[0]));

var flex = await new FlexSnapshotsClient(http).GetFlexBackupAsync(args[3], args[4], args[5]);
Console.WriteLine($"flex {flex.Id} {flex.Status} {flex.MongoDBVersion} {flex.FinishTime:O}");

try
{
    var tenant = await new TenantSnapshotsClient(http).GetSharedClusterBackupAsync(args[3], args[6], args[7], pretty: true);
    Console.WriteLine($"tenant {tenant.Id} {tenant.Status}");
}
catch (AtlasApiException e) when (e.StatusCode == HttpStatusCode.Gone)
{
    Console.WriteLine($"tenant {(int)e.StatusCode} {e.ErrorCode}");
}

return 0;

[AtlasClient]
public partial interface IFlexSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
        bool? envelope = null, CancellationToken cancellationToken = default);
}

[AtlasClient]
public partial interface ITenantSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);
}
