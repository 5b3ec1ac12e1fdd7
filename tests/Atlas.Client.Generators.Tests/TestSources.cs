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
