using Xunit;
using Verify = Atlas.Client.CodeFixes.Tests.CodeFixVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetStringAnalyzer, Atlas.Client.CodeFixes.SunsetStringCodeFixProvider>;

namespace Atlas.Client.CodeFixes.Tests;

public class SunsetStringCodeFixTests
{
    [Fact]
    public Task Each_string_kind_is_rewritten_in_place_keeping_holes_host_and_query() => Verify.VerifyAsync(""""
        public static class Raw
        {
            const string Root = "/api/atlas/v2";
            const string Snapshots = {|ATLAS0003:Root + "/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots"|};

            public static void Use(HttpClient http, string groupId, string cluster, string id)
            {
                var regular = {|ATLAS0003:"https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/clusters/Cluster0/backup/tenant/snapshots/5f2b?pretty=true"|};
                var escaped = {|ATLAS0003:"/api/atlas/v2/groups/\"x\"\t/clusters/y/backup/tenant/snapshots"|};
                var verbatim = {|ATLAS0003:@"/api/atlas/v2/groups/""x""/clusters/y/backup/tenant/download"|};
                var raw = {|ATLAS0003:"""/api/atlas/v1.0/groups/x/clusters/y/backup/tenant/restore"""|};
                var multiLine = {|ATLAS0003:"""
                    /api/atlas/v2/groups/x/clusters/y/backup/tenant/restores
                    """|};
                var interpolated = {|ATLAS0003:$"/api/atlas/v2/groups/{groupId}/clusters/{cluster}/backup/tenant/restores/{id}"|};
                var rawInterpolated = {|ATLAS0003:$$"""/api/atlas/v2/groups/{{groupId}}/clusters/{{cluster}}/backup/tenant/snapshots"""|};
                var concatenated = {|ATLAS0003:"/api/atlas/v2/groups/" + groupId + "/clusters/" + cluster + "/backup/tenant/snapshots/" + id|};
            }
        }
        """", """"
        public static class Raw
        {
            const string Root = "/api/atlas/v2";
            const string Snapshots = Root + "/groups/{groupId}/flexClusters/{clusterName}/backup/snapshots";

            public static void Use(HttpClient http, string groupId, string cluster, string id)
            {
                var regular = "https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/flexClusters/Cluster0/backup/snapshots/5f2b?pretty=true";
                var escaped = "/api/atlas/v2/groups/\"x\"\t/flexClusters/y/backup/snapshots";
                var verbatim = @"/api/atlas/v2/groups/""x""/flexClusters/y/backup/download";
                var raw = """/api/atlas/v2/groups/x/flexClusters/y/backup/restoreJobs""";
                var multiLine = """
                    /api/atlas/v2/groups/x/flexClusters/y/backup/restoreJobs
                    """;
                var interpolated = $"/api/atlas/v2/groups/{groupId}/flexClusters/{cluster}/backup/restoreJobs/{id}";
                var rawInterpolated = $$"""/api/atlas/v2/groups/{{groupId}}/flexClusters/{{cluster}}/backup/snapshots""";
                var concatenated = "/api/atlas/v2/groups/" + groupId + "/flexClusters/" + cluster + "/backup/snapshots/" + id;
            }
        }
        """");

    [Fact]
    public async Task Not_offered_when_a_segment_to_change_comes_from_a_constant_declared_elsewhere()
    {
        const string source = """
            public static class Raw
            {
                const string Clusters = "clusters";
                public static string Build(string g, string c) => {|ATLAS0003:"/api/atlas/v2/groups/" + g + "/" + Clusters + "/" + c + "/backup/tenant/snapshots"|};
            }
            """;

        // The analyzer still flags the expression (the constant's value makes its shape); the fix cannot edit Clusters here.
        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public async Task Not_offered_when_the_tenant_segment_itself_comes_from_a_constant_of_another_type()
    {
        const string source = """
            public static class Routes { public const string TenantBackup = "backup/tenant"; }

            public static class Raw
            {
                public static string Build(string g, string c) => {|ATLAS0003:$"/api/atlas/v2/groups/{g}/clusters/{c}/{Routes.TenantBackup}/snapshots"|};
            }
            """;
        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public async Task Not_offered_when_an_escaped_letter_hides_a_segment()
    {
        // "\u0074enant" is "tenant" in value but not in text: a text edit could not find it, so the fix stays away.
        const string source = """
            public static class Raw
            {
                public static string Path = {|ATLAS0003:"/api/atlas/v2/groups/x/clusters/y/backup/\u0074enant/snapshots"|};
            }
            """;
        await Verify.VerifyAsync(source, source);
    }
}
