using Atlas.Client;

namespace AtlasBackupTour.Clients;

/// <summary>
/// The Flex backup endpoints this tour calls, described once; the Atlas.Client generator writes
/// <c>FlexSnapshotsClient</c> at build time: no reflection, Native AOT clean.
/// </summary>
[AtlasClient]
public partial interface IFlexSnapshots
{
    /// <summary>listFlexBackups: one page of a Flex cluster's snapshots.</summary>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupSnapshot>> ListFlexBackupsAsync(string groupId, string name,
        int? pageNum = null, int? itemsPerPage = null, bool? includeCount = null, CancellationToken cancellationToken = default);

    /// <summary>getFlexBackup: one snapshot by id.</summary>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
        CancellationToken cancellationToken = default);
}
