using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// The six Flex cluster backup operations of the Atlas Administration API (resource version 2024-11-13): snapshots,
/// snapshot downloads and restore jobs. Implemented by the generated <see cref="FlexBackupsClient"/>, which this package's
/// own generator writes at the package's build.
/// </summary>
/// <remarks>
/// Every method throws <see cref="AtlasApiException"/> for a 4xx/5xx answer (with the parsed <see cref="ApiError"/>),
/// <see cref="System.ArgumentNullException"/> naming a <see langword="null"/> argument before any request, and
/// <see cref="System.ArgumentException"/> for a route value that would not fill exactly one path segment. The
/// <c>envelope</c> and <c>pretty</c> query parameters are Atlas's own; they change the wire format, not the result.
/// A project that references Microsoft.Extensions.Http gets <c>services.AddFlexBackupsClient(…)</c> and
/// <c>.AddAtlasAuthentication(credentials)</c> from the package's generator.
/// </remarks>
[AtlasClient]
public partial interface IFlexBackups
{
    /// <summary>Returns one snapshot of one Flex cluster (operation <c>getFlexBackup</c>).</summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="snapshotId">The snapshot's 24-hexadecimal digit id.</param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(
        string groupId, string name, string snapshotId,
        bool? envelope = null, CancellationToken cancellationToken = default);

    /// <summary>Returns one page of the snapshots of one Flex cluster (operation <c>listFlexBackups</c>).</summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="envelope">Whether Atlas adds <c>status</c> to the page.</param>
    /// <param name="includeCount">Whether the page carries <c>totalCount</c> (Atlas's default: true).</param>
    /// <param name="itemsPerPage">The page size, 1–500 (Atlas's default: 100).</param>
    /// <param name="pageNum">The page, from 1 (Atlas's default: 1).</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupSnapshot>> ListFlexBackupsAsync(
        string groupId, string name,
        bool? envelope = null, bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, bool? pretty = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Every snapshot of one Flex cluster, page after page (operation <c>listFlexBackups</c>), read lazily as the
    /// sequence is enumerated.
    /// </summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="itemsPerPage">The page size, 1–500 (null: 100).</param>
    /// <param name="pageNum">The page to start from (null: 1).</param>
    /// <param name="cancellationToken">Cancels the walk (as does the token given to <c>WithCancellation</c>).</param>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    IAsyncEnumerable<FlexBackupSnapshot> EnumerateFlexBackupsAsync(
        string groupId, string name,
        int? itemsPerPage = null, int? pageNum = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks for a download link to one snapshot of one Flex cluster (operation <c>downloadFlexBackup</c>); the answer is a
    /// restore job whose <see cref="FlexBackupRestoreJob.SnapshotUrl"/> stays valid for four hours.
    /// </summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="download">The snapshot to download.</param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> DownloadFlexBackupAsync(
        string groupId, string name, [Body] FlexBackupSnapshotDownloadCreate download,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

    /// <summary>Restores one snapshot of one Flex cluster (operation <c>createFlexBackupRestoreJob</c>).</summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="restoreJob">The snapshot and the target to restore it into.</param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> CreateFlexBackupRestoreJobAsync(
        string groupId, string name, [Body] FlexBackupRestoreJobCreate restoreJob,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

    /// <summary>Returns one page of the restore jobs of one Flex cluster (operation <c>listFlexBackupRestoreJobs</c>).</summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="envelope">Whether Atlas adds <c>status</c> to the page.</param>
    /// <param name="includeCount">Whether the page carries <c>totalCount</c> (Atlas's default: true).</param>
    /// <param name="itemsPerPage">The page size, 1–500 (Atlas's default: 100).</param>
    /// <param name="pageNum">The page, from 1 (Atlas's default: 1).</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupRestoreJob>> ListFlexBackupRestoreJobsAsync(
        string groupId, string name,
        bool? envelope = null, bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, bool? pretty = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Every restore job of one Flex cluster, page after page (operation <c>listFlexBackupRestoreJobs</c>), read lazily
    /// as the sequence is enumerated.
    /// </summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="itemsPerPage">The page size, 1–500 (null: 100).</param>
    /// <param name="pageNum">The page to start from (null: 1).</param>
    /// <param name="cancellationToken">Cancels the walk (as does the token given to <c>WithCancellation</c>).</param>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    IAsyncEnumerable<FlexBackupRestoreJob> EnumerateFlexBackupRestoreJobsAsync(
        string groupId, string name,
        int? itemsPerPage = null, int? pageNum = null,
        CancellationToken cancellationToken = default);

    /// <summary>Returns one restore job of one Flex cluster (operation <c>getFlexBackupRestoreJob</c>).</summary>
    /// <param name="groupId">The project's 24-hexadecimal digit id.</param>
    /// <param name="name">The Flex cluster's name.</param>
    /// <param name="restoreJobId">The restore job's 24-hexadecimal digit id.</param>
    /// <param name="envelope">Whether Atlas wraps the answer in <c>{"status", "content"}</c>.</param>
    /// <param name="pretty">Whether Atlas indents the JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> GetFlexBackupRestoreJobAsync(
        string groupId, string name, string restoreJobId,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);
}
