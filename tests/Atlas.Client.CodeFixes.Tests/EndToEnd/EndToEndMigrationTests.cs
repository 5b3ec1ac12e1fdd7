using Microsoft.CodeAnalysis;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests.EndToEnd;

/// <summary>
/// A project that uses the tenant endpoints builds with ATLAS warnings; after the fixes it builds with no error and no
/// ATLAS diagnostic. The client class is written by hand here (what the generator would emit).
/// </summary>
public class EndToEndMigrationTests
{
    internal static readonly Dictionary<string, string> TenantProject = new()
    {
        ["ITenantBackups.cs"] = TestSetup.Usings + """
            namespace Shop.Backups;

            [AtlasClient]
            public partial interface ITenantBackups
            {
                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
                Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);

                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
                IAsyncEnumerable<BackupTenantSnapshot> ListTenantSnapshotsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
            }
            """,
        ["TenantBackupsClient.cs"] = TestSetup.Usings + """
            namespace Shop.Backups;

            // Stands in for the generator's output.
            public sealed partial class TenantBackupsClient : ITenantBackups
            {
                private readonly HttpClient _http;
                public TenantBackupsClient(HttpClient http) => _http = http;
                public Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
                public IAsyncEnumerable<BackupTenantSnapshot> ListTenantSnapshotsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            }
            """,
        ["Program.cs"] = TestSetup.Usings + """
            namespace Shop.Backups;

            public static class Program
            {
                public static async Task<DateTimeOffset?> LatestAsync(TenantBackupsClient client, HttpClient raw, string groupId)
                {
                    BackupTenantSnapshot snapshot = await client.GetSharedClusterBackupAsync(groupId, clusterName: "Cluster0", snapshotId: "5f2b");
                    var all = new List<BackupTenantSnapshot>();
                    await foreach (var item in client.ListTenantSnapshotsAsync(groupId, clusterName: "Cluster0"))
                    {
                        all.Add(item);
                    }

                    using var response = await raw.GetAsync($"api/atlas/v2/groups/{groupId}/clusters/Cluster0/backup/tenant/snapshots");
                    return snapshot.FinishTime;
                }
            }
            """,
    };

    [Fact]
    public async Task Tenant_project_builds_with_warnings_and_after_the_fixes_builds_clean()
    {
        var harness = await MigrationHarness.CreateAsync(TenantProject);

        var before = await harness.BuildAsync();
        Assert.Empty(before.Errors);
        var ids = before.Atlas.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, ids["ATLAS0001"]);
        Assert.Equal(2, ids["ATLAS0002"]);
        Assert.Equal(1, ids["ATLAS0003"]);
        Assert.True(ids["ATLAS0004"] >= 4, "every written BackupTenantSnapshot is reported");
        Assert.All(before.Atlas, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        await harness.FixEverythingAsync();

        var after = await harness.BuildAsync();
        Assert.Empty(after.Errors);
        Assert.Empty(after.Atlas);

        var contract = await harness.TextOfAsync("ITenantBackups.cs");
        Assert.Contains("""[Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]""", contract);
        Assert.Contains("Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId", contract);
        Assert.Contains("IAsyncEnumerable<FlexBackupSnapshot> ListFlexSnapshotsAsync(string groupId, string name", contract);

        var program = await harness.TextOfAsync("Program.cs");
        Assert.Contains("""FlexBackupSnapshot snapshot = await client.GetFlexBackupAsync(groupId, name: "Cluster0", snapshotId: "5f2b");""", program);
        Assert.Contains("""client.ListFlexSnapshotsAsync(groupId, name: "Cluster0")""", program);
        Assert.Contains("$\"api/atlas/v2/groups/{groupId}/flexClusters/Cluster0/backup/snapshots\"", program);
    }

    [Fact]
    public async Task Migration_works_when_the_client_class_is_generated_code()
    {
        // Interface and callers only: the ...Client class comes from a generator, as in a user's project.
        var sources = TenantProject.Where(p => p.Key != "TenantBackupsClient.cs").ToDictionary(p => p.Key, p => p.Value);
        sources["Program.cs"] = sources["Program.cs"].Replace("TenantBackupsClient client", "TenantBackupsClient client, ITenantBackups unused");
        var harness = await MigrationHarness.CreateAsync(sources, editorConfig: null, new StandInClientGenerator().AsSourceGenerator());

        var before = await harness.BuildAsync();
        Assert.Empty(before.Errors);
        Assert.Equal(2, before.Atlas.Count(d => d.Id == "ATLAS0002"));

        await harness.FixEverythingAsync();

        var after = await harness.BuildAsync();
        Assert.Empty(after.Errors);
        Assert.Empty(after.Atlas);
        var program = await harness.TextOfAsync("Program.cs");
        Assert.Contains("""await client.GetFlexBackupAsync(groupId, name: "Cluster0", snapshotId: "5f2b");""", program);
    }

    [Fact]
    public async Task Editorconfig_error_severity_breaks_the_build_until_migrated()
    {
        var harness = await MigrationHarness.CreateAsync(TenantProject, "root = true\n\n[*.cs]\ndotnet_diagnostic.ATLAS0002.severity = error\n");
        var before = await harness.BuildAsync();

        // An escalated warning keeps Severity = Warning and is marked IsWarningAsError, which fails the build.
        Assert.All(before.Atlas.Where(d => d.Id == "ATLAS0002"), d => Assert.True(d.Severity == DiagnosticSeverity.Error || d.IsWarningAsError));
        Assert.All(before.Atlas.Where(d => d.Id != "ATLAS0002"), d => Assert.False(d.IsWarningAsError));

        await harness.FixEverythingAsync();
        Assert.Empty((await harness.BuildAsync()).Atlas);
    }
}
