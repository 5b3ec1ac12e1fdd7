using Atlas.Client;

namespace Shop.Backups;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupSnapshot>> ListFlexBackupsAsync(string groupId, string name, CancellationToken cancellationToken = default);
}
