using Atlas.Client.CodeFixes;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// Code that mentions "tenant" or "snapshots", or calls Flex and other Atlas endpoints, must stay silent under every
/// sunset analyzer and the spec string analyzer: the shape of the path decides, never a word in it.
/// </summary>
public class NoFalsePositiveTests
{
    private const string Corpus = """
        // The tenant snapshot endpoint /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots is gone.
        /* "/api/atlas/v2/groups/x/clusters/y/backup/tenant/snapshots" in a block comment */
        [AtlasClient]
        public partial interface IFlexAndFriends
        {
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
            Task<string> ListFlexBackupsAsync(string groupId, string name);

            [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
            Task<string> CreateFlexBackupRestoreJobAsync(string groupId, string name);

            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}", Version = "2023-01-01")]
            Task<string> GetDedicatedSnapshotAsync(string groupId, string clusterName, string snapshotId);

            [Get("/api/atlas/v2/groups/{groupId}/dataFederation/{tenantName}", Version = "2023-01-01")]
            Task<string> GetDataFederationAsync(string groupId, string tenantName);

            [Get("/api/atlas/v2/groups/{groupId}/streams/{tenantName}/connections", Version = "2023-02-01")]
            Task<string> ListStreamConnectionsAsync(string groupId, string tenantName);

            [Post("/api/atlas/v2/groups/{groupId}/clusters/tenantUpgrade", Version = "2023-01-01")]
            Task UpgradeTenantAsync(string groupId);

            [Post("/api/atlas/v2/groups/{groupId}/flexClusters:tenantUpgrade", Version = "2024-11-13")]
            Task UpgradeFlexAsync(string groupId);
        }

        public static class Unrelated
        {
            public const string Help = "Tenant snapshots were replaced by Flex snapshots.";
            public const string Word = "tenant";
            public const string Sentence = "backup/tenant/snapshots are gone";
            public const string Shortened = "clusters/x/backup/tenant/snapshots";
            public const string TooDeep = "/api/atlas/v2/groups/g/clusters/c/backup/tenant/snapshots/s/extra";
            public const string OtherApi = "/api/private/v2/groups/g/clusters/c/backup/tenant/snapshots";
            public const string OtherVersion = "/api/atlas/v1.5/groups/g/clusters/c/backup/tenant/snapshots";
            public const string Renamed = "/api/atlas/v2/groups/g/clusters/c/backup/tenants/snapshots";

            public static async Task UseAsync(HttpClient http, IFlexAndFriends api, string tenant, string snapshots)
            {
                await http.GetAsync($"/api/atlas/v2/groups/{tenant}/flexClusters/{snapshots}/backup/snapshots");
                await http.GetAsync("https://cloud.mongodb.com/api/atlas/v2/groups/g/clusters/c/backup/snapshots");
                var snapshot = await api.GetFlexBackupAsync("g", "n", "s");
                var tenantSnapshots = new List<FlexBackupSnapshot> { snapshot };
                Console.WriteLine($"{tenant} has {tenantSnapshots.Count} snapshots");
            }
        }
        """;

    [Fact]
    public Task Sunset_route_analyzer_is_silent() => VerifySilent<SunsetRouteAnalyzer>();

    [Fact]
    public Task Sunset_string_analyzer_is_silent() => VerifySilent<SunsetStringAnalyzer>();

    [Fact]
    public Task Spec_string_analyzer_is_silent() => VerifySilent<Atlas.Client.Generators.Analyzers.Spec.SpecStringAnalyzer>();

    [Fact]
    public Task Sunset_model_analyzer_is_silent() => VerifySilent<SunsetModelAnalyzer>();

    private static Task VerifySilent<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new()
        => TestSetup.Configure(new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = TestSetup.Usings + Corpus }).RunAsync();
}
