using Xunit;
using Verify = Atlas.Client.CodeFixes.Tests.CodeFixVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetRouteAnalyzer, Atlas.Client.CodeFixes.SunsetRouteCodeFixProvider>;

namespace Atlas.Client.CodeFixes.Tests;

public class SunsetRouteCodeFixTests
{
    [Fact]
    public Task Seed_endpoint_moves_to_getFlexBackup_with_renames_at_every_call_site() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"|}, Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);
        }

        public sealed partial class SnapshotsClient : ISnapshots
        {
            public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default) => throw new NotImplementedException();
        }

        public static class Caller
        {
            public static async Task RunAsync(ISnapshots api, SnapshotsClient client)
            {
                var a = await api.{|ATLAS0002:GetSharedClusterBackupAsync|}("g", clusterName: "c", snapshotId: "s");
                var b = await client.{|ATLAS0002:GetSharedClusterBackupAsync|}(groupId: "g", clusterName: "c", snapshotId: "s");
            }
        }
        """, """
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);
        }

        public sealed partial class SnapshotsClient : ISnapshots
        {
            public Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default) => throw new NotImplementedException();
        }

        public static class Caller
        {
            public static async Task RunAsync(ISnapshots api, SnapshotsClient client)
            {
                var a = await api.GetFlexBackupAsync("g", name: "c", snapshotId: "s");
                var b = await client.GetFlexBackupAsync(groupId: "g", name: "c", snapshotId: "s");
            }
        }
        """);

    [Fact]
    public Task Version_is_added_when_missing_and_host_and_custom_placeholder_names_are_kept() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|ATLAS0001:"https://cloud.mongodb.com/api/atlas/v1.0/groups/{project}/clusters/{cluster}/backup/tenant/snapshots"|})]
            Task<string> ListTenantSnapshotsAsync(string project, string cluster);
        }
        """, """
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get("https://cloud.mongodb.com/api/atlas/v2/groups/{project}/flexClusters/{cluster}/backup/snapshots", Version = "2024-11-13")]
            Task<string> ListFlexSnapshotsAsync(string project, string cluster);
        }
        """);

    [Fact]
    public Task Restore_job_routes_rename_restoreId_and_keep_a_method_name_without_tenant() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface IRestores
        {
            [Get({|ATLAS0001:@"api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}"|}, Version = "2023-01-01")]
            Task<string> GetRestoreAsync(string groupId, string clusterName, string restoreId);

            [Post({|ATLAS0001:\"\"\"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore\"\"\"|}, Version = "2023-01-01")]
            Task CreateRestoreAsync(string groupId, string clusterName);
        }
        """.Replace("\\\"", "\""), """
        [AtlasClient]
        public partial interface IRestores
        {
            [Get(@"api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
            Task<string> GetRestoreAsync(string groupId, string name, string restoreJobId);

            [Post(\"\"\"/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs\"\"\", Version = "2024-11-13")]
            Task CreateRestoreAsync(string groupId, string name);
        }
        """.Replace("\\\"", "\""));

    [Fact]
    public Task Name_parameter_already_taken_keeps_the_clusterName_placeholder() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots"|}, Version = "2023-01-01")]
            Task<string> ListAsync(string groupId, string clusterName, string name);
        }
        """, """
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{clusterName}/backup/snapshots", Version = "2024-11-13")]
            Task<string> ListAsync(string groupId, string clusterName, string name);
        }
        """);

    [Fact]
    public Task Method_rename_is_skipped_when_the_Flex_name_is_taken() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"|}, Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId);
        }
        """, """
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetSharedClusterBackupAsync(string groupId, string name, string snapshotId);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId);
        }
        """);

    [Fact]
    public async Task Not_offered_when_a_tenant_model_has_no_twin_in_the_compilation()
    {
        // The runtime library now ships FlexBackupRestoreJob, so this compilation is built WITHOUT it: only the API
        // surface the analyzer needs is declared in source, and TenantRestore's twin is nowhere to be found. The
        // migrated method could not compile, so the fix must not be offered.
        const string source = """
            namespace Atlas.Client
            {
                public sealed class TenantRestore { }
                [AttributeUsage(AttributeTargets.Interface)] public sealed class AtlasClientAttribute : Attribute { }
                public abstract class AtlasRequestAttribute : Attribute
                {
                    protected AtlasRequestAttribute(string method, string route) { }
                    public string? Version { get; set; }
                }
                public sealed class GetAttribute : AtlasRequestAttribute { public GetAttribute(string route) : base("GET", route) { } }
            }

            [AtlasClient]
            public partial interface IRestores
            {
                [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}"|}, Version = "2023-01-01")]
                Task<TenantRestore> GetRestoreAsync(string groupId, string clusterName, string restoreId);
            }
            """;
        var test = Verify.Create("#nullable enable\n" + source, "#nullable enable\n" + source);
        test.TestState.AdditionalReferences.Remove(TestSetup.AtlasClientReference);
        await test.RunAsync();
    }

    [Fact]
    public async Task Offered_once_the_twin_model_exists()
    {
        // The same method lights up when the restore-job models exist (as they will in the runtime library).
        await Verify.VerifyAsync("""
            namespace Atlas.Client { public sealed class TenantRestore { } public sealed class FlexBackupRestoreJob { } public sealed class FlexBackupRestoreJobCreate { } }

            [AtlasClient]
            public partial interface IRestores
            {
                [Post({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore"|}, Version = "2023-01-01")]
                Task<TenantRestore> CreateTenantRestoreAsync(string groupId, string clusterName, [Body] TenantRestore request);

                [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores"|}, Version = "2023-01-01")]
                IAsyncEnumerable<Atlas.Client.TenantRestore> ListTenantRestoresAsync(string groupId, string clusterName);
            }
            """, """
            namespace Atlas.Client { public sealed class TenantRestore { } public sealed class FlexBackupRestoreJob { } public sealed class FlexBackupRestoreJobCreate { } }

            [AtlasClient]
            public partial interface IRestores
            {
                [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
                Task<FlexBackupRestoreJob> CreateFlexRestoreJobAsync(string groupId, string name, [Body] FlexBackupRestoreJobCreate request);

                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
                IAsyncEnumerable<Atlas.Client.FlexBackupRestoreJob> ListFlexRestoreJobsAsync(string groupId, string name);
            }
            """);
    }

    [Fact]
    public async Task Not_offered_when_the_http_method_is_not_the_operations()
    {
        const string source = """
            [AtlasClient]
            public partial interface ISnapshots
            {
                [Delete({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"|}, Version = "2023-01-01")]
                Task DeleteAsync(string groupId, string clusterName, string snapshotId);
            }
            """;
        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public async Task Not_offered_when_the_route_is_a_constant_that_other_code_uses_too()
    {
        const string source = """
            static class Routes
            {
                public const string Seed = "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}";
                public static string Describe() => "calls " + Seed;
            }

            [AtlasClient]
            public partial interface ISnapshots
            {
                [Get({|ATLAS0001:Routes.Seed|}, Version = "2023-01-01")]
                Task<string> GetAsync(string groupId, string clusterName, string snapshotId);
            }
            """;
        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public Task A_route_constant_that_only_this_route_uses_is_rewritten_with_the_method() => Verify.VerifyAsync("""
        static class Routes { public const string Seed = "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"; }

        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|ATLAS0001:Routes.Seed|}, Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId);
        }
        """, """
        static class Routes { public const string Seed = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}"; }

        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get(Routes.Seed, Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId);
        }
        """);
}
