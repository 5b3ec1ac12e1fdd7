using System.Net.Http;
using Atlas.Client;

namespace Shop.Backups
{
    [AtlasClient]
    public partial interface ISnapshots
    {
        [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
        Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
            bool? envelope = null, CancellationToken cancellationToken = default);

        [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
        IAsyncEnumerable<FlexBackupSnapshot> ListFlexBackupsAsync(string groupId, string name, CancellationToken cancellationToken = default);
    }

    // Callers through the generated client, in the interface's own file.
    public static class SnapshotCommands
    {
        public static async Task<FlexBackupSnapshot> LatestAsync(HttpClient http, string groupId, string clusterName)
        {
            var client = new SnapshotsClient(http);
            FlexBackupSnapshot? latest = null;
            await foreach (var snapshot in client.ListFlexBackupsAsync(groupId, clusterName))
            {
                if (latest is null || snapshot.FinishTime > latest.FinishTime)
                {
                    latest = snapshot;
                }
            }

            return latest ?? await client.GetFlexBackupAsync(groupId, clusterName, "000000000000000000000000");
        }
    }
}
