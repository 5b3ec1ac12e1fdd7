// One list of sunset Atlas operations and their replacements. Linked as source into the generator/analyzers
// assembly, the code fixes (through the analyzers) and the runtime library, so that a new sunset is one entry here,
// not three edits. Facts: ../shared/atlas-api/README.md ("The whole tenant surface and its Flex replacements").

namespace Atlas.Client.Shared
{
    /// <summary>A sunset Atlas operation and, when it has one, the operation that replaces it.</summary>
    internal sealed class SunsetOperation
    {
        public SunsetOperation(
            string operationId, string method, string path, string version, string sunsetDate,
            string? replacementOperationId, string? replacementMethod, string? replacementPath, string? replacementVersion,
            string? model, string? replacementModel,
            string? bodyModel = null, string? replacementBodyModel = null)
        {
            OperationId = operationId;
            Method = method;
            Path = path;
            Version = version;
            SunsetDate = sunsetDate;
            ReplacementOperationId = replacementOperationId;
            ReplacementMethod = replacementMethod;
            ReplacementPath = replacementPath;
            ReplacementVersion = replacementVersion;
            Model = model;
            ReplacementModel = replacementModel;
            BodyModel = bodyModel;
            ReplacementBodyModel = replacementBodyModel;
        }

        /// <summary>The operationId in the Atlas spec, e.g. <c>getSharedClusterBackup</c>.</summary>
        public string OperationId { get; }

        /// <summary>The HTTP method.</summary>
        public string Method { get; }

        /// <summary>The v2 path template as the spec writes it.</summary>
        public string Path { get; }

        /// <summary>The resource version that was sunset.</summary>
        public string Version { get; }

        /// <summary>The sunset date, <c>yyyy-MM-dd</c>.</summary>
        public string SunsetDate { get; }

        /// <summary>The replacement's operationId, or null when there is none.</summary>
        public string? ReplacementOperationId { get; }

        /// <summary>The replacement's HTTP method.</summary>
        public string? ReplacementMethod { get; }

        /// <summary>The replacement's v2 path template.</summary>
        public string? ReplacementPath { get; }

        /// <summary>The replacement's resource version.</summary>
        public string? ReplacementVersion { get; }

        /// <summary>
        /// The simple name of the Atlas.Client model this operation returns (for a list: the element of the page),
        /// named after the spec's schema without its version suffix.
        /// </summary>
        public string? Model { get; }

        /// <summary>The simple name of the replacement's response model (for a list: the element of the page).</summary>
        public string? ReplacementModel { get; }

        /// <summary>The simple name of the Atlas.Client model this operation takes as its request body, if it has one.</summary>
        public string? BodyModel { get; }

        /// <summary>The simple name of the replacement's request body model.</summary>
        public string? ReplacementBodyModel { get; }
    }

    /// <summary>Every sunset operation the analyzers, code fixes and run-time messages know.</summary>
    internal static class SunsetCatalog
    {
        private const string TenantVersion = "2023-01-01";
        private const string FlexVersion = "2024-11-13";
        private const string TenantSunset = "2026-01-22";

        // This table is the one place that is meant to spell the tenant paths: the sunset analyzer must not flag it.
#pragma warning disable ATLAS0003
        public static readonly SunsetOperation[] Operations =
        {
            new("getSharedClusterBackup", "GET",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", TenantVersion, TenantSunset,
                "getFlexBackup", "GET",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", FlexVersion,
                "BackupTenantSnapshot", "FlexBackupSnapshot"),
            new("listSharedClusterBackups", "GET",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", TenantVersion, TenantSunset,
                "listFlexBackups", "GET",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", FlexVersion,
                "BackupTenantSnapshot", "FlexBackupSnapshot"),
            new("downloadSharedClusterBackup", "POST",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download", TenantVersion, TenantSunset,
                "downloadFlexBackup", "POST",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", FlexVersion,
                "TenantRestore", "FlexBackupRestoreJob", "TenantRestore", "FlexBackupSnapshotDownloadCreate"),
            new("createSharedClusterBackupRestoreJob", "POST",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", TenantVersion, TenantSunset,
                "createFlexBackupRestoreJob", "POST",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", FlexVersion,
                "TenantRestore", "FlexBackupRestoreJob", "TenantRestore", "FlexBackupRestoreJobCreate"),
            new("listSharedClusterBackupRestoreJobs", "GET",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", TenantVersion, TenantSunset,
                "listFlexBackupRestoreJobs", "GET",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", FlexVersion,
                "TenantRestore", "FlexBackupRestoreJob"),
            new("getSharedClusterBackupRestoreJob", "GET",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", TenantVersion, TenantSunset,
                "getFlexBackupRestoreJob", "GET",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", FlexVersion,
                "TenantRestore", "FlexBackupRestoreJob"),
        };
#pragma warning restore ATLAS0003
    }
}
