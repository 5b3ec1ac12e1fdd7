using Microsoft.CodeAnalysis.Testing;
using Xunit;
using RouteFix = Atlas.Client.CodeFixes.Tests.CodeFixVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetRouteAnalyzer, Atlas.Client.CodeFixes.SunsetRouteCodeFixProvider>;
using StringFix = Atlas.Client.CodeFixes.Tests.CodeFixVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetStringAnalyzer, Atlas.Client.CodeFixes.SunsetStringCodeFixProvider>;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// Fix All over several methods, documents and projects. The verifier applies the fix one diagnostic at a time and
/// then Fix All in document, project and solution scope, and requires every way to reach the same code.
/// </summary>
public class FixAllTests
{
    private const string TenantInterface = """
        [AtlasClient]
        public partial interface ITenantBackups
        {
            [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"|}, Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId);

            [Get({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots"|}, Version = "2023-01-01")]
            IAsyncEnumerable<BackupTenantSnapshot> ListSharedClusterBackupsAsync(string groupId, string clusterName);

            [Post({|ATLAS0001:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download"|}, Version = "2023-01-01")]
            Task DownloadSharedClusterBackupAsync(string groupId, string clusterName);
        }

        public sealed partial class TenantBackupsClient : ITenantBackups
        {
            public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId) => throw new NotImplementedException();
            public IAsyncEnumerable<BackupTenantSnapshot> ListSharedClusterBackupsAsync(string groupId, string clusterName) => throw new NotImplementedException();
            public Task DownloadSharedClusterBackupAsync(string groupId, string clusterName) => throw new NotImplementedException();
        }
        """;

    private const string FlexInterface = """
        [AtlasClient]
        public partial interface ITenantBackups
        {
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
            IAsyncEnumerable<FlexBackupSnapshot> ListFlexBackupsAsync(string groupId, string name);

            [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", Version = "2024-11-13")]
            Task DownloadFlexBackupAsync(string groupId, string name);
        }

        public sealed partial class TenantBackupsClient : ITenantBackups
        {
            public Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId) => throw new NotImplementedException();
            public IAsyncEnumerable<FlexBackupSnapshot> ListFlexBackupsAsync(string groupId, string name) => throw new NotImplementedException();
            public Task DownloadFlexBackupAsync(string groupId, string name) => throw new NotImplementedException();
        }
        """;

    [Fact]
    public async Task Route_fix_all_migrates_every_method_and_every_caller_in_other_documents()
    {
        var test = RouteFix.Create(TenantInterface, FlexInterface);
        test.TestState.Sources.Add(TestSetup.Usings + """
            public static class Callers
            {
                public static async Task RunAsync(TenantBackupsClient client)
                {
                    var one = await client.{|ATLAS0002:GetSharedClusterBackupAsync|}("g", clusterName: "c", snapshotId: "s");
                    await foreach (var item in client.{|ATLAS0002:ListSharedClusterBackupsAsync|}(groupId: "g", clusterName: "c")) { }
                    await client.{|ATLAS0002:DownloadSharedClusterBackupAsync|}("g", clusterName: "c");
                }
            }
            """);
        test.FixedState.Sources.Add(TestSetup.Usings + """
            public static class Callers
            {
                public static async Task RunAsync(TenantBackupsClient client)
                {
                    var one = await client.GetFlexBackupAsync("g", name: "c", snapshotId: "s");
                    await foreach (var item in client.ListFlexBackupsAsync(groupId: "g", name: "c")) { }
                    await client.DownloadFlexBackupAsync("g", name: "c");
                }
            }
            """);
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Route_fix_all_in_solution_reaches_callers_in_another_project()
    {
        var test = RouteFix.Create(TenantInterface, FlexInterface);
        var callers = test.TestState.AdditionalProjects["Callers"];
        callers.AdditionalProjectReferences.Add("TestProject");
        callers.AdditionalReferences.Add(TestSetup.AtlasClientReference);
        callers.Sources.Add(TestSetup.Usings + """
            public static class Callers
            {
                public static Task RunAsync(ITenantBackups api) => api.{|ATLAS0002:GetSharedClusterBackupAsync|}("g", clusterName: "c", snapshotId: "s");
            }
            """);
        var fixedCallers = test.FixedState.AdditionalProjects["Callers"];
        fixedCallers.AdditionalProjectReferences.Add("TestProject");
        fixedCallers.AdditionalReferences.Add(TestSetup.AtlasClientReference);
        fixedCallers.Sources.Add(TestSetup.Usings + """
            public static class Callers
            {
                public static Task RunAsync(ITenantBackups api) => api.GetFlexBackupAsync("g", name: "c", snapshotId: "s");
            }
            """);
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task String_fix_all_rewrites_every_string_in_every_document()
    {
        var test = StringFix.Create("""
            public static class A { public const string Seed = {|ATLAS0003:"/api/atlas/v2/groups/g/clusters/c/backup/tenant/snapshots/s"|}; }
            """, """
            public static class A { public const string Seed = "/api/atlas/v2/groups/g/flexClusters/c/backup/snapshots/s"; }
            """);
        test.TestState.Sources.Add(TestSetup.Usings + """
            public static class B
            {
                public static Task<HttpResponseMessage> Get(HttpClient http, string g, string c) => http.GetAsync({|ATLAS0003:$"api/atlas/v2/groups/{g}/clusters/{c}/backup/tenant/restores"|});
                public static Task<HttpResponseMessage> Post(HttpClient http, string g, string c) => http.PostAsync({|ATLAS0003:$"api/atlas/v2/groups/{g}/clusters/{c}/backup/tenant/restore"|}, null);
            }
            """);
        test.FixedState.Sources.Add(TestSetup.Usings + """
            public static class B
            {
                public static Task<HttpResponseMessage> Get(HttpClient http, string g, string c) => http.GetAsync($"api/atlas/v2/groups/{g}/flexClusters/{c}/backup/restoreJobs");
                public static Task<HttpResponseMessage> Post(HttpClient http, string g, string c) => http.PostAsync($"api/atlas/v2/groups/{g}/flexClusters/{c}/backup/restoreJobs", null);
            }
            """);
        await test.RunAsync();
    }
}
