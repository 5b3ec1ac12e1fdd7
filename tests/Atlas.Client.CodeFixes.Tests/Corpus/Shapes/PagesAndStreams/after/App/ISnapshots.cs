using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupSnapshot>> ListFlexBackupsAsync(string groupId, string name, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    IAsyncEnumerable<FlexBackupSnapshot> EnumerateFlexSnapshotsAsync(string groupId, string name, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasResponse<AtlasPage<FlexBackupSnapshot>>> ListWithHeadersAsync(string groupId, string name, CancellationToken cancellationToken = default);
}
