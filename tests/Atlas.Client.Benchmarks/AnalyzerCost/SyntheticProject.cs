using System.Globalization;
using System.Text;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// A generated 1,000-file library that looks like an application using Atlas.Client: mostly ordinary code (records,
/// services with LINQ and string work), a few [AtlasClient] interfaces, and services calling them through the
/// interface (some on the sunset tenant endpoint). It compiles with and without the analyzers/generator: nothing
/// refers to a generated client class. MSBuild property AtlasAnalyzers=true adds our analyzer assemblies.
/// </summary>
internal static class SyntheticProject
{
    /// <summary>One file in this many declares an [AtlasClient] interface; the next one uses it.</summary>
    private const int ClientEvery = 50;

    /// <summary>Where the harness puts the generated clients for the "same code" baseline, relative to the project.</summary>
    public const string GeneratedClientsFolder = "GeneratedClients";

    public static string Write(string directory, int files, string atlasClientDll, string loggingAbstractionsDll, IReadOnlyList<string> analyzerDlls)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(directory, "Code"));
        var project = Path.Combine(directory, "Bench.csproj");
        File.WriteAllText(project, ProjectFile(atlasClientDll, loggingAbstractionsDll, analyzerDlls));
        for (var i = 0; i < files; i++)
        {
            var text = (i % ClientEvery) switch
            {
                0 => ClientInterface(i),
                1 => ClientUser(i - 1, i),
                _ => OrdinaryCode(i),
            };
            File.WriteAllText(Path.Combine(directory, "Code", $"File{i:D4}.cs"), text);
        }

        return project;
    }

    private static string ProjectFile(string atlasClientDll, string loggingAbstractionsDll, IReadOnlyList<string> analyzerDlls)
    {
        var analyzers = string.Join(Environment.NewLine, analyzerDlls.Select(d => $"    <Analyzer Include=\"{d}\" />"));
        // Outside the repository on purpose: none of its Directory.Build.* settings apply, as for a user's project.
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <GenerateDocumentationFile>false</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Atlas.Client"><HintPath>{atlasClientDll}</HintPath></Reference>
                <Reference Include="Microsoft.Extensions.Logging.Abstractions"><HintPath>{loggingAbstractionsDll}</HintPath></Reference>
              </ItemGroup>
              <ItemGroup Condition="'$(AtlasAnalyzers)' == 'true'">
            {analyzers}
              </ItemGroup>
              <ItemGroup>
                <!-- The clients our generator wrote in a with-build, compiled as plain source by the "same code" baseline
                     (AtlasGeneratedAsSource=true): what compiling them costs, apart from running our assemblies. -->
                <Compile Remove="{GeneratedClientsFolder}/**" />
                <Compile Include="{GeneratedClientsFolder}/**/*.cs" Condition="'$(AtlasGeneratedAsSource)' == 'true'" />
              </ItemGroup>
            </Project>
            """;
    }

    private static string ClientInterface(int i)
        => $$"""
            using Atlas.Client;

            namespace Bench.Clients;

            [AtlasClient]
            public partial interface IProject{{i:D4}}Snapshots
            {
                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, bool? envelope = null, CancellationToken cancellationToken = default);

                // Still on the sunset tenant endpoint, as an application mid-migration is: the analyzers' job is to say so.
                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
                Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);
            }
            """;

    private static string ClientUser(int clientIndex, int i)
        => $$"""
            using Bench.Clients;

            namespace Bench.Services;

            public sealed class SnapshotService{{i:D4}}(IProject{{clientIndex:D4}}Snapshots snapshots)
            {
                public async Task<string> DescribeAsync(string groupId, string cluster, string id, CancellationToken cancellationToken)
                {
                    var flex = await snapshots.GetFlexBackupAsync(groupId, cluster, id, cancellationToken: cancellationToken);
                    var tenant = await snapshots.GetSharedClusterBackupAsync(groupId, cluster, id, cancellationToken: cancellationToken);
                    return $"{flex.Id} {flex.Status} / {tenant.Id} {tenant.Status}";
                }
            }
            """;

    // Ordinary application code, varied by index so the compiler cannot share work between files.
    private static string OrdinaryCode(int i)
    {
        var text = new StringBuilder();
        text.AppendLine("using System.Globalization;");
        text.AppendLine("using System.Text;");
        text.AppendLine();
        text.AppendLine($"namespace Bench.Domain{i % 20:D2};");
        text.AppendLine();
        text.AppendLine($"public sealed record Order{i:D4}(string Id, decimal Amount, DateTimeOffset PlacedAt, IReadOnlyList<string> Tags);");
        text.AppendLine();
        text.AppendLine($"public static class OrderRules{i:D4}");
        text.AppendLine("{");
        text.AppendLine($"    private const decimal Threshold = {(i * 7) % 500 + 10}m;");
        text.AppendLine();
        text.AppendLine($"    public static IReadOnlyList<Order{i:D4}> Large(IEnumerable<Order{i:D4}> orders)");
        text.AppendLine("        => orders.Where(o => o.Amount > Threshold).OrderByDescending(o => o.Amount).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();");
        text.AppendLine();
        text.AppendLine($"    public static string Summarize(IEnumerable<Order{i:D4}> orders)");
        text.AppendLine("    {");
        text.AppendLine("        var builder = new StringBuilder();");
        text.AppendLine("        foreach (var group in orders.GroupBy(o => o.PlacedAt.Date))");
        text.AppendLine("        {");
        text.AppendLine("            var total = group.Sum(o => o.Amount);");
        text.AppendLine("            builder.Append(group.Key.ToString(\"yyyy-MM-dd\", CultureInfo.InvariantCulture)).Append(':').Append(total.ToString(CultureInfo.InvariantCulture)).AppendLine();");
        text.AppendLine("        }");
        text.AppendLine();
        text.AppendLine("        return builder.ToString();");
        text.AppendLine("    }");
        text.AppendLine();
        text.AppendLine($"    public static Dictionary<string, int> TagCounts(IEnumerable<Order{i:D4}> orders)");
        text.AppendLine("    {");
        text.AppendLine("        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);");
        text.AppendLine("        foreach (var tag in orders.SelectMany(o => o.Tags))");
        text.AppendLine("        {");
        text.AppendLine("            counts[tag] = counts.TryGetValue(tag, out var n) ? n + 1 : 1;");
        text.AppendLine("        }");
        text.AppendLine();
        text.AppendLine("        return counts;");
        text.AppendLine("    }");
        text.AppendLine();
        text.AppendLine($"    public static async Task<int> CountAsync(Func<CancellationToken, Task<IReadOnlyList<Order{i:D4}>>> load, CancellationToken cancellationToken)");
        text.AppendLine("    {");
        text.AppendLine("        var orders = await load(cancellationToken).ConfigureAwait(false);");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"        return orders.Count(o => o.Tags.Count > {i % 4}) + {i};"));
        text.AppendLine("    }");
        text.AppendLine("}");
        return text.ToString();
    }
}
