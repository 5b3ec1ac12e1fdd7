using Atlas.Client.Generators.Analyzers.Spec;
using Xunit;
using Verify = Atlas.Client.CodeFixes.Tests.CodeFixVerifier<
    Atlas.Client.Generators.Analyzers.Spec.SpecStringAnalyzer, Atlas.Client.CodeFixes.SpecRouteCodeFixProvider>;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>ATLAS0104's fix on URL strings: the misspelt literal segments edited in place, the string's kind, holes and operands kept.</summary>
public class SpecStringCodeFixTests
{
    [Fact]
    public Task Typo_moves_to_the_closest_operation_in_every_string_kind() => Verify.VerifyAsync(""""
        public static class Raw
        {
            public static async Task Use(HttpClient http, string g, string n)
            {
                await http.GetAsync({|ATLAS0104:"https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/flexCluster/Cluster0/backup/snapshot?pretty=true"|});
                await http.GetAsync({|ATLAS0104:$"/api/atlas/v2/groups/{g}/flexCluster/{n}/backup/snapshot"|});
                await http.GetAsync({|ATLAS0104:@"api/atlas/v2/groups/g/flexCluster/n/backup/snapshot"|});
                await http.GetAsync({|ATLAS0104:"/api/atlas/v2/groups/" + g + "/flexCluster/" + n + "/backup/snapshot"|});
                await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri({|ATLAS0104:$$"""/api/atlas/v2/groups/{{g}}/flexCluster/{{n}}/backup/snapshot"""|}, UriKind.Relative)));
            }
        }
        """", """"
        public static class Raw
        {
            public static async Task Use(HttpClient http, string g, string n)
            {
                await http.GetAsync("https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/flexClusters/Cluster0/backup/snapshots?pretty=true");
                await http.GetAsync($"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/snapshots");
                await http.GetAsync(@"api/atlas/v2/groups/g/flexClusters/n/backup/snapshots");
                await http.GetAsync("/api/atlas/v2/groups/" + g + "/flexClusters/" + n + "/backup/snapshots");
                await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri($$"""/api/atlas/v2/groups/{{g}}/flexClusters/{{n}}/backup/snapshots""", UriKind.Relative)));
            }
        }
        """");

    [Fact]
    public async Task No_fix_when_a_segment_to_change_is_a_constant_declared_elsewhere()
    {
        const string source = """
            public static class Routes
            {
                public const string Flex = "flexCluster";
            }

            public static class Raw
            {
                public static Task<HttpResponseMessage> Use(HttpClient http, string g, string n)
                    => http.GetAsync({|ATLAS0104:$"/api/atlas/v2/groups/{g}/{Routes.Flex}/{n}/backup/snapshot"|});
            }
            """;
        await Verify.VerifyAsync(source, source);
    }
}
