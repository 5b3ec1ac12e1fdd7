namespace Atlas.Client.Generators.Tests;

/// <summary>The two foundation interfaces as a user writes them (documented, so a warnings-as-errors build accepts them).</summary>
internal static class TestSources
{
    public const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Atlas.Client;

        namespace MyApp;

        """;

    public const string FlexInterface = """
        /// <summary>Flex snapshots.</summary>
        [AtlasClient]
        public partial interface IFlexSnapshots
        {
            /// <summary>One snapshot.</summary>
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
                bool? envelope = null, CancellationToken cancellationToken = default);
        }

        """;

    /// <summary>The shapes of the backup surface: a [Body], AtlasResponse with and without a value, a page, a page walk.</summary>
    public const string RestoreJobsInterface = """
        /// <summary>Flex restore jobs.</summary>
        [AtlasClient]
        public partial interface IFlexRestoreJobs
        {
            /// <summary>Restores a snapshot.</summary>
            [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
            Task<FlexBackupRestoreJob> CreateAsync(string groupId, string name, [Body] FlexBackupRestoreJobCreate restoreJob,
                bool? envelope = null, CancellationToken cancellationToken = default);

            /// <summary>Asks for a download link, keeping status and headers.</summary>
            [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", Version = "2024-11-13")]
            ValueTask<AtlasResponse> DownloadAsync(string groupId, string name, [Body] FlexBackupSnapshotDownloadCreate download);

            /// <summary>One job with its status and headers.</summary>
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
            Task<AtlasResponse<FlexBackupRestoreJob>> GetAsync(string groupId, string name, string restoreJobId,
                bool? envelope = null, CancellationToken cancellationToken = default);

            /// <summary>One page of jobs.</summary>
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
            Task<AtlasPage<FlexBackupRestoreJob>> ListAsync(string groupId, string name, int? itemsPerPage = null, int? pageNum = null,
                CancellationToken cancellationToken = default);

            /// <summary>Every job, page after page.</summary>
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
            System.Collections.Generic.IAsyncEnumerable<FlexBackupRestoreJob> EnumerateAsync(string groupId, string name,
                bool? includeCount = null, [Query("itemsPerPage")] int? pageSize = null, CancellationToken cancellationToken = default);
        }

        """;

    public const string TenantInterface = """
        [AtlasClient]
        internal partial interface ITenantSnapshots
        {
            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
                bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);
        }

        """;
}
