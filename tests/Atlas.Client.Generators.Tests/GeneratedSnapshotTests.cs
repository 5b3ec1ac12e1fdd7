using System.Runtime.CompilerServices;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The exact source emitted, one snapshot file per result kind and per parameter role under <c>Snapshots/</c>: the
/// generated client of each case must equal its file, and the user's code plus the generated code must compile without a
/// single diagnostic (warnings as errors). Set <c>ATLAS_UPDATE_SNAPSHOTS=1</c> to rewrite the files from the current
/// output, then review the diff.
/// </summary>
public sealed class GeneratedSnapshotTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Atlas.Client;

        namespace MyApp;

        """;

    private const string Route = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots";

    public static TheoryData<string, string> Cases() => new()
    {
        // The foundation endpoints and the backup surface's shapes, as users write them.
        { "FlexEndpoint", TestSources.FlexInterface },
        { "TenantEndpoint", TestSources.TenantInterface },
        { "RestoreJobsSurface", TestSources.RestoreJobsInterface },

        // Result kinds.
        { "ResultTaskOfModel", Client($$"""[Get("{{Route}}/{snapshotId}", Version = "2024-11-13")] Task<FlexBackupSnapshot> GetAsync(string groupId, string name, string snapshotId);""") },
        { "ResultValueTaskOfModel", Client($$"""[Get("{{Route}}/{snapshotId}", Version = "2024-11-13")] ValueTask<FlexBackupSnapshot> GetAsync(string groupId, string name, string snapshotId);""") },
        { "ResultTask", Client($$"""[Delete("{{Route}}/{snapshotId}", Version = "2024-11-13")] Task DeleteAsync(string groupId, string name, string snapshotId);""") },
        { "ResultValueTaskOfResponse", Client($$"""[Delete("{{Route}}/{snapshotId}", Version = "2024-11-13")] ValueTask<AtlasResponse> DeleteAsync(string groupId, string name, string snapshotId);""") },
        { "ResultResponseOfModel", Client($$"""[Get("{{Route}}/{snapshotId}", Version = "2024-11-13")] Task<AtlasResponse<FlexBackupSnapshot>> GetAsync(string groupId, string name, string snapshotId);""") },
        { "ResultResponse", Client($$"""[Delete("{{Route}}/{snapshotId}", Version = "2024-11-13")] Task<AtlasResponse> DeleteAsync(string groupId, string name, string snapshotId);""") },
        { "ResultPage", Client($$"""[Get("{{Route}}", Version = "2024-11-13")] Task<AtlasPage<FlexBackupSnapshot>> ListAsync(string groupId, string name, int? itemsPerPage = null, int? pageNum = null);""") },
        { "ResultPageWalk", Client($$"""[Get("{{Route}}", Version = "2024-11-13")] IAsyncEnumerable<FlexBackupSnapshot> EnumerateAsync(string groupId, string name, int? itemsPerPage = null, CancellationToken cancellationToken = default);""") },

        // Parameter roles.
        { "ParameterRouteSegments", Client("""[Get("/api/atlas/v2/groups/{groupId}/things/{id}/parts/{part}", Version = "2024-11-13")] Task<AtlasResponse> GetAsync(string groupId, long id, Guid part);""") },
        { "ParameterQuery", Client($$"""[Get("{{Route}}", Version = "2024-11-13")] Task<AtlasResponse> ListAsync(string groupId, string name, bool? includeCount = null, int? pageNum = null, string? label = null, DateTimeOffset? since = null);""") },
        { "ParameterRenamedQuery", Client($$"""[Get("{{Route}}", Version = "2024-11-13")] Task<AtlasResponse> ListAsync(string groupId, string name, [Query("itemsPerPage")] int? pageSize = null);""") },
        { "ParameterBody", Client("""[Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", Version = "2024-11-13")] Task<FlexBackupRestoreJob> DownloadAsync(string groupId, string name, [Body] FlexBackupSnapshotDownloadCreate download);""") },
        { "ParameterEnvelope", Client($$"""[Get("{{Route}}/{snapshotId}", Version = "2024-11-13")] Task<FlexBackupSnapshot> GetAsync(string groupId, string name, string snapshotId, bool? envelope = null);""") },
        { "ParameterCancellationToken", Client($$"""[Get("{{Route}}/{snapshotId}", Version = "2024-11-13")] Task<FlexBackupSnapshot> GetAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken);""") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_generated_client_is_the_snapshot_and_compiles_clean(string name, string source)
    {
        var result = await GeneratorHarness.RunAsync(Usings + source);
        Assert.Empty(result.Analyzer);
        Assert.Empty(result.Compiler);
        var client = Assert.Single(result.Generated, p => p.Key.EndsWith("Client.g.cs", StringComparison.Ordinal));
        var file = Path.Combine(SnapshotsFolder(), name + ".g.cs");
        if (Environment.GetEnvironmentVariable("ATLAS_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(file, client.Value);
            return;
        }

        Assert.True(File.Exists(file), $"no snapshot {file}: run with ATLAS_UPDATE_SNAPSHOTS=1 and review it");
        var expected = File.ReadAllText(file).ReplaceLineEndings("\n");
        Assert.True(expected == client.Value.ReplaceLineEndings("\n"), $"{client.Key} differs from Snapshots/{name}.g.cs:\n" + LineDiff(expected, client.Value.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Every_snapshot_file_belongs_to_a_case()
    {
        var names = Cases().Select(c => (string)c[0] + ".g.cs").ToHashSet(StringComparer.Ordinal);
        Assert.All(Directory.GetFiles(SnapshotsFolder(), "*.g.cs"), f => Assert.Contains(Path.GetFileName(f), names));
    }

    private static string Client(string method) => $$"""
        /// <summary>Case.</summary>
        [AtlasClient]
        public partial interface ICase
        {
            /// <summary>Method.</summary>
            {{method}}
        }

        """;

    private static string SnapshotsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Snapshots");

    /// <summary>The first lines that differ, with their numbers.</summary>
    private static string LineDiff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 20; i++)
        {
            var left = i < a.Length ? a[i] : "<none>";
            var right = i < b.Length ? b[i] : "<none>";
            if (left != right)
            {
                lines.Add($"{i + 1}: - {left}\n{i + 1}: + {right}");
            }
        }

        return string.Join('\n', lines);
    }
}
