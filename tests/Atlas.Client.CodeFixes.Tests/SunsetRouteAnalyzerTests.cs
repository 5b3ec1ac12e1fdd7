using Atlas.Client.Generators.Descriptors;
using Xunit;
using Verify = Atlas.Client.CodeFixes.Tests.AnalyzerVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetRouteAnalyzer>;

namespace Atlas.Client.CodeFixes.Tests;

public class SunsetRouteAnalyzerTests
{
    [Fact]
    public Task Route_of_the_seed_endpoint_is_reported_with_operation_date_and_replacement() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|#0:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"|}, Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSnapshotAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);
        }
        """,
        Verify.Diagnostic(SunsetDiagnostics.RouteId).WithLocation(0).WithArguments(
            "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}",
            "getSharedClusterBackup", "2026-01-22", "getFlexBackup", "GET",
            "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", "2024-11-13"));

    [Theory]
    [InlineData("Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", "listSharedClusterBackups")]
    [InlineData("Post", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download", "downloadSharedClusterBackup")]
    [InlineData("Post", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", "createSharedClusterBackupRestoreJob")]
    [InlineData("Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", "listSharedClusterBackupRestoreJobs")]
    [InlineData("Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", "getSharedClusterBackupRestoreJob")]
    [InlineData("Get", "/api/atlas/v1.0/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", "getSharedClusterBackup")]
    [InlineData("Get", "api/atlas/v2/groups/{g}/clusters/{c}/backup/tenant/snapshots/{s}", "getSharedClusterBackup")]
    [InlineData("Get", "https://cloud.mongodb.com/api/atlas/v2/groups/{project}/clusters/{cluster}/backup/tenant/snapshots/{id}", "getSharedClusterBackup")]
    [InlineData("Get", "cloud.mongodb.com/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", "listSharedClusterBackupRestoreJobs")]
    [InlineData("Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/?pretty=true", "listSharedClusterBackups")]
    [InlineData("Get", "groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", "listSharedClusterBackups")]
    public Task Every_tenant_route_form_is_reported(string attribute, string route, string operation) => Verify.VerifyAsync($$"""
        [AtlasClient]
        public partial interface ITenant
        {
            [{{attribute}}({|#0:"{{route}}"|}, Version = "2023-01-01")]
            Task<string> CallAsync(string groupId, string clusterName);
        }
        """,
        Verify.Diagnostic(SunsetDiagnostics.RouteId).WithLocation(0).WithArguments(
            route, operation, "2026-01-22", Op(operation).ReplacementOperationId!, Op(operation).ReplacementMethod!, Op(operation).ReplacementPath!, "2024-11-13"));

    [Fact]
    public Task Route_given_as_a_constant_is_reported_on_the_argument() => Verify.VerifyAsync("""
        static class Routes
        {
            public const string Root = "/api/atlas/v2/groups/{groupId}";
            public const string Snapshots = Root + "/clusters/{clusterName}/backup/tenant/snapshots";
        }

        [AtlasClient]
        public partial interface ITenant
        {
            [Get({|ATLAS0001:Routes.Snapshots|}, Version = "2023-01-01")]
            Task<string> ListAsync(string groupId, string clusterName);
        }
        """);

    [Fact]
    public Task Interface_without_AtlasClient_is_not_reported() => Verify.VerifyAsync("""
        public interface INotAClient
        {
            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots")]
            Task<string> ListAsync(string groupId, string clusterName);
        }
        """);

    [Fact]
    public Task Calls_through_the_interface_and_the_generated_class_are_reported() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"|}, Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSnapshotAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);
        }

        // What the generator emits, written by hand here.
        public sealed partial class SnapshotsClient : ISnapshots
        {
            public Task<BackupTenantSnapshot> GetSnapshotAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            public Task<FlexBackupSnapshot> GetFlexAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default) => throw new NotImplementedException();
        }

        public static class Caller
        {
            public static async Task RunAsync(ISnapshots api, SnapshotsClient client)
            {
                await api.{|#0:GetSnapshotAsync|}("g", "c", "s");
                await client.{|#1:GetSnapshotAsync|}("g", clusterName: "c", snapshotId: "s");
                await api.GetFlexAsync("g", "n", "s");
                Func<string, string, string, CancellationToken, Task<BackupTenantSnapshot>> later = client.{|#2:GetSnapshotAsync|};
                var maybe = (ISnapshots?)null;
                await (maybe?.{|#3:GetSnapshotAsync|}("g", "c", "s") ?? Task.FromResult(new BackupTenantSnapshot()));
            }
        }
        """,
        Verify.Diagnostic(SunsetDiagnostics.CallId).WithLocation(0).WithArguments("ISnapshots.GetSnapshotAsync", "getSharedClusterBackup", "2026-01-22", "getFlexBackup"),
        Verify.Diagnostic(SunsetDiagnostics.CallId).WithLocation(1).WithArguments("ISnapshots.GetSnapshotAsync", "getSharedClusterBackup", "2026-01-22", "getFlexBackup"),
        Verify.Diagnostic(SunsetDiagnostics.CallId).WithLocation(2).WithArguments("ISnapshots.GetSnapshotAsync", "getSharedClusterBackup", "2026-01-22", "getFlexBackup"),
        Verify.Diagnostic(SunsetDiagnostics.CallId).WithLocation(3).WithArguments("ISnapshots.GetSnapshotAsync", "getSharedClusterBackup", "2026-01-22", "getFlexBackup"));

    [Fact]
    public Task Explicit_implementation_is_found_through_the_interface_map() => Verify.VerifyAsync("""
        [AtlasClient]
        public partial interface ITenant
        {
            [Post({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download"|}, Version = "2023-01-01")]
            Task DownloadAsync(string groupId, string clusterName);
        }

        public sealed class Fake : ITenant
        {
            Task ITenant.DownloadAsync(string groupId, string clusterName) => Task.CompletedTask;
            public Task DownloadAsync(int unrelatedOverload) => Task.CompletedTask;
        }

        public static class Caller
        {
            public static Task Run(Fake fake) => fake.DownloadAsync(1);
            public static Task Run(ITenant api) => api.{|ATLAS0002:DownloadAsync|}("g", "c");
        }
        """);

    [Fact]
    public Task Calls_of_the_librarys_ready_made_tenant_interface_are_reported() => Verify.VerifyAsync("""
        public static class Caller
        {
            // ITenantBackups comes from the referenced Atlas.Client assembly, not from this compilation's source.
            public static Task Run(ITenantBackups api) => api.{|ATLAS0002:GetSharedClusterBackupAsync|}("g", "c", "s");
            public static System.Func<string, string, string, bool?, bool?, CancellationToken, Task<BackupTenantSnapshot>> Reference(ITenantBackups api)
                => api.{|ATLAS0002:GetSharedClusterBackupAsync|};
            public static Task Unrelated(System.Collections.Generic.List<int> list) { list.Add(1); return Task.CompletedTask; }
        }
        """);

    internal static Atlas.Client.Shared.SunsetOperation Op(string operation)
        => Atlas.Client.Shared.SunsetCatalog.Operations.Single(o => o.OperationId == operation);
}
