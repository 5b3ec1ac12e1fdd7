using System.Net.Http;
using Atlas.Client;

namespace Shop.Backups
{
    [AtlasClient]
    public partial interface ISnapshots
    {
        [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
        Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
            bool? envelope = null, CancellationToken cancellationToken = default);

        [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
        IAsyncEnumerable<BackupTenantSnapshot> ListSharedClusterBackupsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
    }

    // Callers through the generated client, in the interface's own file.
    public static class SnapshotCommands
    {
        public static async Task<BackupTenantSnapshot> LatestAsync(HttpClient http, string groupId, string clusterName)
        {
            var client = new SnapshotsClient(http);
            BackupTenantSnapshot? latest = null;
            await foreach (var snapshot in client.ListSharedClusterBackupsAsync(groupId, clusterName))
            {
                if (latest is null || snapshot.FinishTime > latest.FinishTime)
                {
                    latest = snapshot;
                }
            }

            return latest ?? await client.GetSharedClusterBackupAsync(groupId, clusterName, "000000000000000000000000");
        }
    }
}
