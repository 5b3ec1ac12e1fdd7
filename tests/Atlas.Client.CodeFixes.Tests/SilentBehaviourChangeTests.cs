using Atlas.Client.CodeFixes.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// Changes that compile and then behave differently, found by an adversarial pass with <c>dotnet format</c>: whichever
/// way the fixes are applied, the guard declines them.
/// </summary>
public class SilentBehaviourChangeTests
{
    /// <summary>
    /// Retyping <c>Log.Line(BackupTenantSnapshot)</c> to the Flex model sent the package's tenant client's answers to
    /// <c>Log.Line(object)</c>, which printed the type's name instead of the snapshot.
    /// </summary>
    private const string Overloads = """
        using Atlas.Client;

        namespace Shop;

        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
            Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken = default);
        }

        public static class Log
        {
            public static string Line(BackupTenantSnapshot snapshot) => $"snapshot {snapshot.Id} on {snapshot.MongoDBVersion}";

            public static string Line(object value) => value.ToString() ?? "";
        }

        public static class Report
        {
            public static async Task<string> FromTeamClientAsync(ISnapshots api) => Log.Line(await api.GetSharedClusterBackupAsync("g", "c", "s1"));

            public static async Task<string> FromPackageClientAsync(ITenantBackups tenant) => Log.Line(await tenant.GetSharedClusterBackupAsync("g", "c", "s2"));
        }
        """;

    /// <summary>
    /// A restore job read through <c>dynamic</c>: the Flex job has no <c>ClusterName</c>, so the migrated code compiled
    /// and threw <c>RuntimeBinderException</c>.
    /// </summary>
    private const string Dynamic = """
        using Atlas.Client;

        namespace Shop;

        [AtlasClient]
        public partial interface IRestoreJobs
        {
            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", Version = "2023-01-01")]
            Task<TenantRestore> GetSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, string restoreId, CancellationToken cancellationToken = default);
        }

        public static class Report
        {
            public static async Task<string> LineAsync(IRestoreJobs api, string groupId, string cluster, string id)
            {
                var job = await api.GetSharedClusterBackupRestoreJobAsync(groupId, cluster, id);
                return Format(job);
            }

            private static string Format(dynamic row) => $"{row.ClusterName}: {row.Status}";
        }
        """;

    public static TheoryData<FixMode, int> Modes() => new()
    {
        { FixMode.SingleActions, 0 },
        { FixMode.FixAllDocument, 0 },
        { FixMode.FixAllSolution, 0 },
        { FixMode.FixAllSolutionReversed, 0 },
        { FixMode.DotnetFormat, 1 },
        { FixMode.DotnetFormat, 2 },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task A_model_read_through_dynamic_keeps_its_type(FixMode mode, int seed)
    {
        var solution = await CorpusSolution.CreateAsync(CorpusShape.Inline("Dynamic", ("App", "Code.cs", Dynamic)));
        Assert.Equal(["TenantRestore"], await DynamicUsesAsync(solution));

        var fixedSolution = await FixAsync(solution, mode, seed);

        Assert.Equal(["TenantRestore"], await DynamicUsesAsync(fixedSolution));
    }

    /// <summary>The type of every value of the document that converts to <c>dynamic</c>.</summary>
    private static async Task<List<string>> DynamicUsesAsync(Solution solution)
    {
        var document = solution.Projects.Single().Documents.Single(d => d.Name == "Code.cs");
        var model = (await document.GetSemanticModelAsync())!;
        return (await document.GetSyntaxRootAsync())!.DescendantNodes().OfType<ArgumentSyntax>()
            .Select(a => model.GetTypeInfo(a.Expression))
            .Where(t => t.ConvertedType?.TypeKind == TypeKind.Dynamic)
            .Select(t => t.Type!.Name)
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task No_call_moves_to_another_overload(FixMode mode, int seed)
    {
        var solution = await CorpusSolution.CreateAsync(CorpusShape.Inline("Overloads", ("App", "Code.cs", Overloads)));
        var before = await LineOverloadsAsync(solution);
        Assert.Equal(["FromTeamClientAsync -> Line(snapshot)", "FromPackageClientAsync -> Line(snapshot)"], before);

        var fixedSolution = await FixAsync(solution, mode, seed);

        Assert.Equal(before, await LineOverloadsAsync(fixedSolution));
    }

    /// <summary>Applies the fixes in <paramref name="mode"/>, asserting after each step that the build has no new problem.</summary>
    private static async Task<Solution> FixAsync(Solution solution, FixMode mode, int seed)
    {
        var baseline = await CorpusBuild.RunAsync(solution);
        return await new FixDriver(async (step, current) =>
        {
            var added = (await CorpusBuild.RunAsync(current)).NewProblemsAgainst(baseline);
            Assert.True(added.Count == 0, $"after '{step}' the build has new problems:\n" + string.Join('\n', added));
        }).RunAsync(solution, mode, seed);
    }

    /// <summary>For each call to <c>Log.Line</c>: its caller, and which overload it binds to, by parameter name.</summary>
    private static async Task<List<string>> LineOverloadsAsync(Solution solution)
    {
        var document = solution.Projects.Single().Documents.Single(d => d.Name == "Code.cs");
        var model = (await document.GetSemanticModelAsync())!;
        var root = await document.GetSyntaxRootAsync();
        return root!.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Line" })
            .Select(i => i.FirstAncestorOrSelf<MethodDeclarationSyntax>()!.Identifier.ValueText + " -> Line("
                + ((IMethodSymbol)model.GetSymbolInfo(i).Symbol!).Parameters[0].Name + ")")
            .ToList();
    }
}
