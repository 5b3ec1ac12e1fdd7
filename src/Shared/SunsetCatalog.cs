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
            string? model, string? replacementModel)
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

        /// <summary>The simple name of the Atlas.Client model this operation returns, if the package has one.</summary>
        public string? Model { get; }

        /// <summary>The simple name of the replacement's model, if the package has one.</summary>
        public string? ReplacementModel { get; }
    }

    /// <summary>Every sunset operation the analyzers, code fixes and run-time messages know.</summary>
    internal static class SunsetCatalog
    {
        private const string TenantVersion = "2023-01-01";
        private const string FlexVersion = "2024-11-13";
        private const string TenantSunset = "2026-01-22";

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
                null, null),
            new("downloadSharedClusterBackup", "POST",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download", TenantVersion, TenantSunset,
                "downloadFlexBackup", "POST",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", FlexVersion,
                null, null),
            new("createSharedClusterBackupRestoreJob", "POST",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", TenantVersion, TenantSunset,
                "createFlexBackupRestoreJob", "POST",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", FlexVersion,
                null, null),
            new("listSharedClusterBackupRestoreJobs", "GET",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", TenantVersion, TenantSunset,
                "listFlexBackupRestoreJobs", "GET",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", FlexVersion,
                null, null),
            new("getSharedClusterBackupRestoreJob", "GET",
                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", TenantVersion, TenantSunset,
                "getFlexBackupRestoreJob", "GET",
                "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", FlexVersion,
                null, null),
        };
    }
}
