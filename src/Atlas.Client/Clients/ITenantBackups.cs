using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

// This interface exists to call the sunset tenant endpoints for as long as a user still has to (and to prove the
// Flex migration against them), so the sunset analyzers' route (ATLAS0001), call (ATLAS0002) and model (ATLAS0004)
// warnings are expected here: the library's users get them where they use it, not the library where it is defined.
#pragma warning disable ATLAS0001, ATLAS0002, ATLAS0004

/// <summary>
/// The six M2/M5 ("tenant") cluster backup operations of the Atlas Administration API (resource version 2023-01-01),
/// which Atlas sunset on 2026-01-22: from then on they answer 410 <c>VERSION_GONE</c>, and the
/// <see cref="AtlasApiException"/> names the Flex replacement. Use <see cref="IFlexBackups"/>. Implemented by the
/// generated <see cref="TenantBackupsClient"/>, which this package's own generator writes at the package's build.
/// </summary>
/// <remarks>
/// The spec gives the tenant lists no paging parameters, so each list method returns the one page Atlas sends.
/// Before the sunset, every answer carries <c>Deprecation</c> and <c>Sunset</c> headers, reported through
/// <see cref="AtlasClientOptions.OnDeprecation"/> and <see cref="AtlasClientOptions.Logger"/>. A project that references
/// Microsoft.Extensions.Http gets <c>services.AddTenantBackupsClient(…)</c> from the package's generator.
/// </remarks>
[AtlasClient]
public partial interface ITenantBackups
{
    /// <summary>Returns one snapshot of one M2/M5 cluster (operation <c>getSharedClusterBackup</c>; Flex: <c>getFlexBackup</c>).</summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="snapshotId">The snapshot's 24-hexadecimal digit id.</param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(
        string groupId, string clusterName, string snapshotId,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

    /// <summary>Returns the snapshots of one M2/M5 cluster (operation <c>listSharedClusterBackups</c>; Flex: <c>listFlexBackups</c>).</summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="envelope">Whether Atlas adds <c>status</c> to the page.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
    Task<AtlasPage<BackupTenantSnapshot>> ListSharedClusterBackupsAsync(
        string groupId, string clusterName,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks for a download link to one snapshot of one M2/M5 cluster (operation <c>downloadSharedClusterBackup</c>; Flex:
    /// <c>downloadFlexBackup</c>).
    /// </summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="download">
    /// The snapshot to download, <see cref="TenantRestore.SnapshotId"/>, and <see cref="TenantRestore.TargetDeploymentItemName"/>:
    /// the spec's request schema (<c>TenantRestore</c>, reused for the download) requires both, and a server that
    /// validates requests answers 400 without it. A download has no target cluster; name the source cluster.
    /// </param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download", Version = "2023-01-01")]
    Task<TenantRestore> DownloadSharedClusterBackupAsync(
        string groupId, string clusterName, [Body] TenantRestore download,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Restores one snapshot of one M2/M5 cluster (operation <c>createSharedClusterBackupRestoreJob</c>; Flex:
    /// <c>createFlexBackupRestoreJob</c>).
    /// </summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="restoreJob">
    /// The snapshot and the target (<see cref="TenantRestore.SnapshotId"/>, <see cref="TenantRestore.TargetDeploymentItemName"/>,
    /// optionally <see cref="TenantRestore.TargetProjectId"/>).
    /// </param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", Version = "2023-01-01")]
    Task<TenantRestore> CreateSharedClusterBackupRestoreJobAsync(
        string groupId, string clusterName, [Body] TenantRestore restoreJob,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the restore jobs of one M2/M5 cluster (operation <c>listSharedClusterBackupRestoreJobs</c>; Flex:
    /// <c>listFlexBackupRestoreJobs</c>).
    /// </summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="envelope">Whether Atlas adds <c>status</c> to the page.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", Version = "2023-01-01")]
    Task<AtlasPage<TenantRestore>> ListSharedClusterBackupRestoreJobsAsync(
        string groupId, string clusterName,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns one restore job of one M2/M5 cluster (operation <c>getSharedClusterBackupRestoreJob</c>; Flex:
    /// <c>getFlexBackupRestoreJob</c>).
    /// </summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="restoreId">The restore job's 24-hexadecimal digit id.</param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", Version = "2023-01-01")]
    Task<TenantRestore> GetSharedClusterBackupRestoreJobAsync(
        string groupId, string clusterName, string restoreId,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);
}

#pragma warning restore ATLAS0001, ATLAS0002, ATLAS0004
