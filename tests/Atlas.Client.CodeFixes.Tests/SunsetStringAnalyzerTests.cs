using Atlas.Client.Generators.Descriptors;
using Xunit;
using Verify = Atlas.Client.CodeFixes.Tests.AnalyzerVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetStringAnalyzer>;

namespace Atlas.Client.CodeFixes.Tests;

public class SunsetStringAnalyzerTests
{
    [Fact]
    public Task Literal_passed_to_HttpClient_is_reported_with_operation_date_and_replacement() => Verify.VerifyAsync("""
        public static class Raw
        {
            public static Task<HttpResponseMessage> Get(HttpClient http)
                => http.GetAsync({|#0:"https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/clusters/Cluster0/backup/tenant/snapshots/5f2b"|});
        }
        """,
        Verify.Diagnostic(SunsetDiagnostics.StringId).WithLocation(0).WithArguments(
            "getSharedClusterBackup", "2026-01-22", "getFlexBackup", "GET",
            "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", "2024-11-13"));

    [Fact]
    public Task Every_string_kind_and_use_is_reported() => Verify.VerifyAsync(""""
        public static class Raw
        {
            const string Root = "/api/atlas/v2";
            const string Snapshots = {|ATLAS0003:Root + "/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots"|};

            public static void Use(HttpClient http, string groupId, string cluster, string id)
            {
                var verbatim = {|ATLAS0003:@"/api/atlas/v2/groups/x/clusters/y/backup/tenant/download"|};
                var raw = {|ATLAS0003:"""/api/atlas/v1.0/groups/x/clusters/y/backup/tenant/restore"""|};
                var multiLine = {|ATLAS0003:"""
                    /api/atlas/v2/groups/x/clusters/y/backup/tenant/restores
                    """|};
                var interpolated = {|ATLAS0003:$"/api/atlas/v2/groups/{groupId}/clusters/{cluster}/backup/tenant/restores/{id}"|};
                var rawInterpolated = {|ATLAS0003:$$"""/api/atlas/v2/groups/{{groupId}}/clusters/{{cluster}}/backup/tenant/snapshots"""|};
                var concatenated = {|ATLAS0003:"/api/atlas/v2/groups/" + groupId + "/clusters/" + cluster + "/backup/tenant/snapshots/" + id|};
                var baseHole = {|ATLAS0003:$"{http.BaseAddress}/groups/{groupId}/clusters/{cluster}/backup/tenant/snapshots"|};
                var relative = {|ATLAS0003:$"groups/{groupId}/clusters/{cluster}/backup/tenant/snapshots?pageNum=2"|};
                var message = new HttpRequestMessage(HttpMethod.Post, {|ATLAS0003:$"api/atlas/v2/groups/{groupId}/clusters/{cluster}/backup/tenant/restore"|});
                var uri = new Uri({|ATLAS0003:("https://cloud.mongodb.com" + ("/api/atlas/v2/groups/" + groupId)) + $"/clusters/{cluster}/backup/tenant/snapshots"|});

                // A run-time value stands for any one segment, a literal one too: this is a tenant path when kind is "clusters".
                var holeForLiteral = {|ATLAS0003:$"/api/atlas/v2/groups/{groupId}/{cluster}/{id}/backup/tenant/snapshots"|};
            }
        }
        """");

    [Fact]
    public Task Route_of_an_AtlasClient_method_is_left_to_ATLAS0001_but_other_attributes_are_reported() => Verify.VerifyAsync("""
        [AttributeUsage(AttributeTargets.Method)]
        public sealed class RefitGetAttribute : Attribute { public RefitGetAttribute(string path) { } }

        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
            Task<string> ListAsync(string groupId, string clusterName);
        }

        public interface IRefitStyle
        {
            [RefitGet({|ATLAS0003:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots"|})]
            Task<string> ListAsync(string groupId, string clusterName);

            [Get({|ATLAS0003:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots"|})]
            Task<string> NotAnAtlasClientAsync(string groupId, string clusterName);
        }
        """);

    [Fact]
    public Task Path_whose_tenant_segment_comes_from_a_constant_of_another_type_is_reported() => Verify.VerifyAsync("""
        public static class Routes
        {
            public const string Api = "/api/atlas/v2";
            public const string TenantBackup = "backup/tenant";
        }

        public static class Raw
        {
            const string Local = "/api/atlas/v2/groups/{0}/clusters/{1}/backup/tenant";

            public static void Use(HttpClient http, string groupId, string cluster, string id)
            {
                var concatenated = {|ATLAS0003:Routes.Api + "/groups/" + groupId + "/clusters/" + cluster + "/" + Routes.TenantBackup + "/snapshots/" + id|};
                var interpolated = {|ATLAS0003:$"{Routes.Api}/groups/{groupId}/clusters/{cluster}/{Routes.TenantBackup}/restores/{id}"|};
                var sameType = {|ATLAS0003:Local + "/snapshots"|};
                var request = new HttpRequestMessage(HttpMethod.Get, {|ATLAS0003:$"{Local}/download"|});

                // Not tenant backup paths: the constant's segment in another place, a hole that is not a constant, no path text.
                var elsewhere = Routes.Api + "/groups/" + groupId + "/" + Routes.TenantBackup;
                var notConstant = $"{http.BaseAddress}/groups/{groupId}/clusters/{cluster}/snapshots";
                var noPath = Routes.TenantBackup + " is gone";
                var nested = $"{(Routes.Api + "/groups")}/x";
            }
        }
        """);
}
