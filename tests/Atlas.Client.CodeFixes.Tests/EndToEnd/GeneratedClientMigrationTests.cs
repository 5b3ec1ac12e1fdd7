using System.Reflection;
using Atlas.Client.Generators;
using Atlas.Client.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests.EndToEnd;

/// <summary>
/// Issue 3's end-to-end promise with the real generator: a project whose client addresses the sunset tenant endpoint
/// builds with ATLAS0001/ATLAS0002, the fixes migrate it, it builds with no ATLAS diagnostic, and the client the
/// generator now writes for the migrated interface fetches a snapshot from the simulator's Flex endpoint.
/// </summary>
public class GeneratedClientMigrationTests
{
    private static readonly Dictionary<string, string> Project = new()
    {
        ["ISnapshots.cs"] = TestSetup.Usings + """
            namespace Shop.Backups;

            [AtlasClient]
            public partial interface ISnapshots
            {
                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
                Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
                    bool? envelope = null, CancellationToken cancellationToken = default);
            }
            """,
        ["Runner.cs"] = TestSetup.Usings + """
            namespace Shop.Backups;

            public static class Runner
            {
                public static async Task<string> DescribeAsync(HttpClient http, string groupId, string cluster, string snapshotId)
                {
                    var client = new SnapshotsClient(http);
                    BackupTenantSnapshot snapshot = await client.GetSharedClusterBackupAsync(groupId, clusterName: cluster, snapshotId: snapshotId);
                    return snapshot.Id + " " + snapshot.Status + " " + snapshot.MongoDBVersion;
                }
            }
            """,
    };

    [Fact]
    public async Task Tenant_client_is_migrated_and_the_regenerated_client_calls_the_Flex_endpoint()
    {
        var harness = await MigrationHarness.CreateAsync(Project, editorConfig: null, new ClientGenerator().AsSourceGenerator());

        var before = await harness.BuildAsync();
        Assert.Empty(before.Errors);
        Assert.Contains(before.Atlas, d => d.Id == "ATLAS0001");
        Assert.Contains(before.Atlas, d => d.Id == "ATLAS0002");

        await harness.FixEverythingAsync();

        var after = await harness.BuildAsync();
        Assert.Empty(after.Errors);
        Assert.Empty(after.Atlas);
        var contract = await harness.TextOfAsync("ISnapshots.cs");
        Assert.Contains("""[Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]""", contract);

        var compilation = (await harness.Project.GetCompilationAsync())!;
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join('\n', emit.Diagnostics));
        var assembly = Assembly.Load(image.ToArray());
        var describe = assembly.GetType("Shop.Backups.Runner")!.GetMethod("DescribeAsync")!;

        await using var simulator = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { RequireAuthentication = false, SeedDemoData = true });
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        var text = await (Task<string>)describe.Invoke(null, [http, AtlasSimulator.DemoGroupId, AtlasSimulator.DemoFlexClusterName, "6733a1f0c2b54d0a8e1f0001"])!;

        Assert.Equal("6733a1f0c2b54d0a8e1f0001 COMPLETED 8.0.4", text);
        var request = Assert.Single(simulator.Requests);
        Assert.Equal(
            $"/api/atlas/v2/groups/{AtlasSimulator.DemoGroupId}/flexClusters/{AtlasSimulator.DemoFlexClusterName}/backup/snapshots/6733a1f0c2b54d0a8e1f0001",
            request.Path);
        Assert.Equal(200, request.StatusCode);
    }
}
