using System.Diagnostics.CodeAnalysis;
using Atlas.Client;

namespace AtlasBackupTour.Clients;

/// <summary>
/// The seed endpoint, "Return One Snapshot of One M2 or M5 Cluster", which Atlas sunset on 2026-01-22. A real project
/// would apply the ATLAS0001 code fix ("Migrate to Flex"); the tour keeps it on purpose to show what the call does.
/// </summary>
[AtlasClient]
[SuppressMessage("AtlasSunset", "ATLAS0001", Justification = "The tour demonstrates what a sunset tenant endpoint does at run time.")]
[SuppressMessage("AtlasSunset", "ATLAS0004", Justification = "The tour demonstrates what a sunset tenant endpoint does at run time.")]
public partial interface ILegacyTenantSnapshots
{
    /// <summary>getSharedClusterBackup (sunset 2026-01-22; replacement getFlexBackup).</summary>
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
        CancellationToken cancellationToken = default);
}
