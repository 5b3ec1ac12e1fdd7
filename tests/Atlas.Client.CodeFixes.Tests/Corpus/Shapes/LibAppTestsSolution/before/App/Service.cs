using Atlas.Client;
using Shop.Lib;
using Shop.Lib.Clients;

namespace Shop.App;

public sealed class Service(ISnapshots snapshots)
{
    public async Task<List<string>> LinesAsync(string groupId, string cluster)
    {
        var lines = new List<string>();
        await foreach (var snapshot in snapshots.ListSharedClusterBackupsAsync(groupId, clusterName: cluster))
        {
            lines.Add(Format.Line(snapshot));
        }

        return lines;
    }

    public async Task<string> OneAsync(HttpClient http, string groupId, string cluster, string id)
        => Format.Line(await new SnapshotsClient(http).GetSharedClusterBackupAsync(groupId, cluster, id));
}
