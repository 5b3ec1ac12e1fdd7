using System.Collections.Immutable;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Atlas.Client.CodeFixes.Tests.AnalyzerVerifier<Atlas.Client.Generators.Analyzers.Spec.SpecStringAnalyzer>;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>ATLAS0104-0106 on URL strings handed straight to an HTTP call that says the method, and nowhere else.</summary>
public partial class SpecStringAnalyzerTests
{
    private const string FlexSuggestions =
        "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name} (getGroupFlexCluster); "
        + "DELETE /api/atlas/v2/groups/{groupId}/flexClusters/{name} (deleteGroupFlexCluster); "
        + "PATCH /api/atlas/v2/groups/{groupId}/flexClusters/{name} (updateGroupFlexCluster)";

    [Fact]
    public Task Unknown_path_in_an_absolute_url_with_a_query_is_reported_with_the_closest_operations() => Verify.VerifyAsync("""
        public static class Raw
        {
            public static Task<HttpResponseMessage> Get(HttpClient http)
                => http.GetAsync({|#0:"https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/flexCluster/Cluster0?pretty=true#top"|});
        }
        """,
        Verify.Diagnostic(SpecDiagnostics.UnknownOperationId).WithLocation(0).WithArguments(
            "GET", "https://cloud.mongodb.com/api/atlas/v2/groups/5f1a/flexCluster/Cluster0?pretty=true#top", FlexSuggestions));

    [Fact]
    public Task Holes_stand_for_one_segment_in_interpolations_and_concatenations() => Verify.VerifyAsync("""
        public static class Raw
        {
            public static async Task Use(HttpClient http, string groupId, string name)
            {
                await http.GetAsync({|#0:$"/api/atlas/v2/groups/{groupId}/flexCluster/{name}"|});
                await http.GetStringAsync({|#1:"api/atlas/v2/groups/" + groupId + "/flexCluster/" + name|});
                await http.GetAsync($"/api/atlas/v2/groups/{groupId}/flexClusters/{name}");
                await http.GetStringAsync("api/atlas/v2/groups/" + groupId + "/flexClusters/" + name);

                // A hole at the end may hold the rest of the path: reported only when no operation starts like it.
                await http.DeleteAsync($"/api/atlas/v2/{name}");
                await http.DeleteAsync("/api/atlas/v2/groups/" + groupId + "/" + name + "?dryRun=true");
                await http.DeleteAsync({|#2:$"/api/atlas/v2/groups/{groupId}/flexCluster/{name}"|});
            }
        }
        """,
        Verify.Diagnostic(SpecDiagnostics.UnknownOperationId).WithLocation(0).WithArguments("GET", "/api/atlas/v2/groups/{}/flexCluster/{}", FlexSuggestions),
        Verify.Diagnostic(SpecDiagnostics.UnknownOperationId).WithLocation(1).WithArguments("GET", "api/atlas/v2/groups/{}/flexCluster/{}", FlexSuggestions),
        Verify.Diagnostic(SpecDiagnostics.UnknownOperationId).WithLocation(2).WithMessage(null));

    [Fact]
    public Task Every_verb_helper_and_request_message_says_its_method() => Verify.VerifyAsync("""
        using System.Net.Http.Json;

        public sealed record Body(string Name);

        public static class Raw
        {
            const string Snapshots = "/backup/snapshots";

            public static async Task Use(HttpClient http, string g, string n, HttpContent content, Body body)
            {
                // The right method: silent.
                await http.GetAsync($"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/snapshots");
                await http.GetFromJsonAsync<Body>($"/api/atlas/v2/groups/{g}/flexClusters/{n}");
                await http.PostAsync(new Uri($"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/download", UriKind.Relative), content);
                await http.PostAsJsonAsync($"/api/atlas/v2/groups/{g}/flexClusters", body);
                await http.PatchAsJsonAsync($"/api/atlas/v2/groups/{g}/flexClusters/{n}", body);
                await http.DeleteAsync($"/api/atlas/v2/groups/{g}/flexClusters/{n}");
                await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/restoreJobs"));
                HttpRequestMessage targetTyped = new(new HttpMethod("GET"), $"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/restoreJobs");

                // A path of the API with a method it does not have there.
                await http.DeleteAsync({|#0:$"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/snapshots"|});
                await http.PutAsync({|#1:$"/api/atlas/v2/groups/{g}/flexClusters/{n}"|}, content);
                await http.GetStreamAsync(new Uri({|#2:$"https://cloud.mongodb.com/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/download"|}));
                await http.PatchAsync({|#3:$"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/restoreJobs"|}, content);
                await http.DeleteFromJsonAsync<Body>({|#4:$"/api/atlas/v2/groups/{g}/flexClusters"|});
                await http.GetByteArrayAsync({|#5:$"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/restoreJobs/{n}/extra"|});
                await http.PutAsJsonAsync({|#6:$"/api/atlas/v2/groups/{g}/flexClusters/{n}" + Snapshots|}, body);
                var message = new HttpRequestMessage(HttpMethod.Delete, {|#7:$"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/restoreJobs"|});
                var notTheArgument = new HttpRequestMessage(new HttpMethod("PUT"), new Uri($"/api/atlas/v2/groups/{g}/flexClusters", UriKind.Relative).ToString());
                var withUri = new System.Net.Http.HttpRequestMessage(HttpMethod.Patch, new System.Uri({|#9:"/api/atlas/v2/groups/g/flexClusters/n/backup/snapshots"|}));
                HttpRequestMessage targetTypedWrong = new(new HttpMethod("DELETE"), {|#10:$"/api/atlas/v2/groups/{g}/flexClusters/{n}/backup/restoreJobs"|});
                await (http?.PutAsync({|#11:@"/api/atlas/v2/groups/g/flexClusters"|}, content) ?? Task.FromResult<HttpResponseMessage>(null!));
            }
        }
        """,
        Expect(SpecDiagnostics.UnknownOperationId, 0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11));

    [Fact]
    public Task Removed_operation_and_legacy_api_are_reported() => Verify.VerifyAsync("""
        public static class Raw
        {
            public static async Task Use(HttpClient http, string groupId)
            {
                await http.GetAsync({|#0:$"/api/atlas/v2/groups/{groupId}/pipelines"|});
                await http.GetAsync({|#1:"https://cloud.mongodb.com/api/atlas/v1.0/groups/5f1a/clusters?itemsPerPage=5"|});
                await http.PostAsync({|#2:"/api/atlas/v1.0/groups/5f1a/noSuchThing"|}, null);
            }
        }
        """,
        Verify.Diagnostic(SpecDiagnostics.RemovedOperationId).WithLocation(0).WithArguments(
            "GET /api/atlas/v2/groups/{groupId}/pipelines", "listGroupPipelines", "2026-08-21"),
        Verify.Diagnostic(SpecDiagnostics.LegacyApiId).WithLocation(1).WithArguments(
            "https://cloud.mongodb.com/api/atlas/v1.0/groups/5f1a/clusters?itemsPerPage=5",
            "the v2 API has it as GET /api/atlas/v2/groups/{groupId}/clusters (listGroupClusters)"),
        Verify.Diagnostic(SpecDiagnostics.LegacyApiId).WithLocation(2).WithArguments(
            "/api/atlas/v1.0/groups/5f1a/noSuchThing", "the v2 API has no operation at this path"));

    [Fact]
    public Task Strings_whose_method_or_final_path_is_not_known_at_the_call_are_not_checked() => Verify.VerifyAsync("""
        public static class Routes
        {
            public const string Typo = "/api/atlas/v2/groups/g/flexCluster/c";
            public const string Api = "/api/atlas/v2";
        }

        public sealed class NotHttp
        {
            public Task GetAsync(string requestUri) => Task.CompletedTask;
        }

        public static class Raw
        {
            public static async Task Use(HttpClient http, NotHttp other, string groupId, string path, HttpMethod method)
            {
                var url = "/api/atlas/v2/groups/g/flexCluster/c";
                await http.GetAsync(url);
                await http.GetAsync(Routes.Typo);
                await http.GetAsync(Routes.Api + "/groups/g/flexCluster/c");
                var prefix = "/api/atlas/v2/groups/" + groupId;
                await http.GetAsync(prefix + "/flexCluster/c");
                http.BaseAddress = new Uri("https://cloud.mongodb.com/api/atlas/v2/groups/flexCluster/");
                await http.GetAsync(new Uri(new Uri("https://cloud.mongodb.com/"), "/api/atlas/v2/groups/g/flexCluster/c"));
                await other.GetAsync("/api/atlas/v2/groups/g/flexCluster/c");
                await http.SendAsync(new HttpRequestMessage(method, "/api/atlas/v2/groups/g/flexCluster/c"));
                await http.SendAsync(new HttpRequestMessage(new HttpMethod("get"), "/api/atlas/v2/groups/g/flexCluster/c"));
                await http.PostAsync("/api/atlas/v2/groups/g/flexClusters", new StringContent("/api/atlas/v2/groups/g/flexCluster/c"));
                Console.WriteLine("/api/atlas/v2/groups/g/flexCluster/c");

                // Not the Atlas Admin API root, or relative to a base address: someone else's API may have these paths.
                await http.GetAsync("https://example.com/api/other/v2/groups/g/flexCluster/c");
                await http.GetAsync("/api/atlas/v3/groups/g/flexCluster/c");
                await http.GetAsync($"groups/{groupId}/flexCluster/c");
                await http.GetAsync($"{path}/groups/{groupId}/flexCluster/c");
            }
        }
        """);

    [Fact]
    public Task Tenant_backup_path_is_only_ATLAS0003()
    {
        var test = new BothStringAnalyzersTest
        {
            TestCode = TestSetup.Usings + """
                public static class Raw
                {
                    public static async Task Use(HttpClient http, string g, string c)
                    {
                        await http.GetAsync({|ATLAS0003:"/api/atlas/v2/groups/g/clusters/c/backup/tenant/snapshots"|});
                        await http.PostAsync({|ATLAS0003:$"/api/atlas/v1.0/groups/{g}/clusters/{c}/backup/tenant/restore"|}, null);
                        await http.DeleteAsync({|ATLAS0003:$"https://cloud.mongodb.com/api/atlas/v2/groups/{g}/clusters/{c}/backup/tenant/download"|});
                    }
                }
                """,
        };
        return TestSetup.Configure(test).RunAsync();
    }

    /// <summary>
    /// Every operation still in the API that is not a tenant endpoint, its placeholders as interpolation holes, sent
    /// with its own method through the verb helper and through an HttpRequestMessage: nothing is reported.
    /// </summary>
    [Fact]
    public Task No_current_operation_of_the_catalog_is_flagged_in_a_string()
    {
        var calls = new List<string>();
        foreach (var op in SpecCatalog.Index.Operations.Where(o => o.RemovedBy is null && o.Sunset is null))
        {
            var interpolated = "$\"" + Placeholder().Replace(op.Path, "{id}") + "\"";
            var verb = op.Method[0] + op.Method[1..].ToLowerInvariant();
            calls.Add(op.Method switch
            {
                "GET" or "DELETE" => $"await http.{verb}Async({interpolated});",
                _ => $"await http.{verb}Async({interpolated}, null);",
            });
            calls.Add($"await http.SendAsync(new HttpRequestMessage(HttpMethod.{verb}, \"https://cloud.mongodb.com\" + {interpolated} + \"?pretty=true\"));");
        }

        Assert.True(calls.Count > 1000, $"the corpus has {calls.Count} calls");
        Assert.Contains(calls, c => c.StartsWith("await http.GetAsync($\"/api/atlas/v2/groups/{id}/flexClusters/{id}/backup/snapshots\")", StringComparison.Ordinal));
        var source = "public static class WholeApi\n{\n    public static async Task Use(HttpClient http, string id)\n    {\n        "
            + string.Join("\n        ", calls) + "\n    }\n}\n";
        return Verify.VerifyAsync(source);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    private static DiagnosticResult[] Expect(string id, params int[] locations)
        => locations.Select(l => Verify.Diagnostic(id).WithLocation(l).WithMessage(null)).ToArray();

    /// <summary>The spec and sunset string analyzers together, as a build runs them.</summary>
    private sealed class BothStringAnalyzersTest : CSharpAnalyzerTest<SpecStringAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => ImmutableArray.Create<DiagnosticAnalyzer>(new SpecStringAnalyzer(), new SunsetStringAnalyzer());
    }
}
