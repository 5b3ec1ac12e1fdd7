using Atlas.Client.CodeFixes.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// Which fixes are offered, with which title, in a workspace with the generated sources (the corpus's): the cases issue
/// 12 names one by one, each also part of a corpus shape, here with the exact offer asserted.
/// </summary>
public class FixOfferTests
{
    private const string Usings = "using Atlas.Client;\n\nnamespace Shop;\n\n";

    [Fact]
    public async Task Missing_version_gets_the_current_version_of_the_routes_operation()
    {
        var offers = await OffersAsync("""
            [AtlasClient]
            public partial interface IClusters
            {
                [Get("/api/atlas/v2/groups/{groupId}/clusters")]
                Task<AtlasResponse> ListClustersAsync(string groupId);
            }
            """, "ATLAS1004");
        var (title, text) = Assert.Single(offers);
        Assert.Equal("Add Version = \"2024-08-05\" (the current version of listGroupClusters)", title);
        Assert.Contains("""[Get("/api/atlas/v2/groups/{groupId}/clusters", Version = "2024-08-05")]""", text);
    }

    [Theory]
    [InlineData("/api/atlas/v2/groups/{groupId}/clustrz")]
    [InlineData("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots")]
    public async Task Missing_version_is_not_guessed_for_an_unknown_or_tenant_route(string route)
    {
        var offers = await OffersAsync($$"""
            [AtlasClient]
            public partial interface IClusters
            {
                [Get("{{route}}")]
                Task<AtlasResponse> ListAsync(string groupId, string clusterName);
            }
            """, "ATLAS1004");
        Assert.Empty(offers);
    }

    [Fact]
    public async Task A_version_change_names_the_users_own_model_to_check()
    {
        var offers = await OffersAsync("""
            public sealed class Provider { public string? Id { get; set; } }

            [System.Text.Json.Serialization.JsonSerializable(typeof(Provider))]
            public partial class ShopJson : System.Text.Json.Serialization.JsonSerializerContext;

            [AtlasClient(JsonContext = typeof(ShopJson))]
            public partial interface IProviders
            {
                [Get("/api/atlas/v2/federationSettings/{federationSettingsId}/identityProviders/{identityProviderId}", Version = "2023-01-01")]
                Task<AtlasResponse<Provider>> GetAsync(string federationSettingsId, string identityProviderId);

                [Get("/api/atlas/v2/groups/{groupId}/clusters", Version = "2022-02-02")]
                Task<AtlasResponse> ListClustersAsync(string groupId);
            }
            """, "ATLAS0101", "ATLAS0103");
        Assert.Equal(
            ["Use version 2023-11-15 (its schema may differ: check Provider against it)", "Use version 2024-08-05"],
            offers.Select(o => o.Title).ToArray());
    }

    [Fact]
    public async Task A_constant_that_serves_an_AtlasClient_route_is_rewritten_by_the_migration_not_alone()
    {
        // ATLAS0003 alone would leave the route's tenant version (Atlas answers 406) and models behind; the guard sees
        // the ATLAS0103 that follows. ATLAS0001's migration rewrites the constant with the rest, as only this route uses it.
        const string source = """
            public static class Routes
            {
                public const string Snapshot = "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}";
            }

            [AtlasClient]
            public partial interface ISnapshots
            {
                [Get(Routes.Snapshot, Version = "2023-01-01")]
                Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId);
            }
            """;
        Assert.Empty(await OffersAsync(source, "ATLAS0003"));
        var (title, text) = Assert.Single(await OffersAsync(source, "ATLAS0001"));
        Assert.Equal("Migrate to the Flex endpoint getFlexBackup", title);
        Assert.Contains("""public const string Snapshot = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}";""", text);
        Assert.Contains("""[Get(Routes.Snapshot, Version = "2024-11-13")]""", text);
        Assert.Contains("Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId);", text);
    }

    [Fact]
    public async Task A_type_named_like_the_twin_makes_the_fix_qualify_it()
    {
        var offers = await OffersAsync("""
            public sealed class FlexBackupSnapshot { }

            public static class Cache
            {
                public static BackupTenantSnapshot? Last;
            }
            """, "ATLAS0004");
        var (title, text) = Assert.Single(offers);
        Assert.Equal("Use FlexBackupSnapshot", title);
        Assert.Contains("public static Atlas.Client.FlexBackupSnapshot? Last;", text);
    }

    [Fact]
    public async Task A_local_that_receives_the_packages_tenant_client_result_is_not_retyped()
    {
        var offers = await OffersAsync("""
            public static class Use
            {
                public static async Task<string?> IdAsync(ITenantBackups tenant)
                {
                    BackupTenantSnapshot snapshot = await tenant.GetSharedClusterBackupAsync("g", "c", "s");
                    return snapshot.Id;
                }
            }
            """, "ATLAS0004");
        Assert.Empty(offers);
    }

    [Fact]
    public async Task Dotnet_format_fixes_the_others_when_the_first_diagnostic_is_declined()
    {
        // dotnet format takes the equivalence key from the first diagnostic's first action; when that one is declined it
        // passes none. Before, no fix of the ID ran; now every fixable one does.
        var solution = await SolutionAsync("""
            public static class Use
            {
                public static async Task<string?> IdAsync(ITenantBackups tenant)
                {
                    BackupTenantSnapshot snapshot = await tenant.GetSharedClusterBackupAsync("g", "c", "s");
                    return snapshot.Id;
                }

                public static string Label(BackupTenantSnapshot snapshot) => snapshot.Id ?? "?";
            }
            """);
        var diagnostics = await FixDriver.AnalyzeAsync(solution, "ATLAS0004");
        Assert.Equal(2, diagnostics.Count);
        var document = solution.GetDocument(diagnostics[0].Location.SourceTree)!;
        var provider = new SunsetModelCodeFixProvider();
        CodeAction? first = null;
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => first ??= a, CancellationToken.None));
        Assert.Null(first);

        var context = new FixAllContext(document, provider, FixAllScope.Solution, null!, ["ATLAS0004"], new FixDriver.Diagnostics(diagnostics), CancellationToken.None);
        var action = await provider.GetFixAllProvider().GetFixAsync(context);
        var changed = (await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var text = (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Assert.Contains("BackupTenantSnapshot snapshot = await tenant", text);
        Assert.Contains("public static string Label(FlexBackupSnapshot snapshot)", text);
    }

    [Fact]
    public async Task A_multi_targeted_project_counts_each_related_edit_once()
    {
        // ISnapshots.cs and Use.cs are compiled for both target frameworks (one document each per framework); the
        // related edits are Use.cs's local and Compat.cs's local and property, so three, not one per copy.
        var solution = await CorpusSolution.CreateAsync(CorpusShape.Load("MultiTargetedProject"));
        var offers = await OffersAsync(solution, "ATLAS0001");
        Assert.NotEmpty(offers);
        Assert.All(offers, o => Assert.Equal("Migrate to the Flex endpoint getFlexBackupRestoreJob (and 3 related edits)", o.Title));
    }

    [Theory]
    [InlineData("[System.Diagnostics.CodeAnalysis.SuppressMessage(\"AtlasSunset\", \"ATLAS0001\", Justification = \"replays recorded tenant traffic\")]", "", "", false)]
    [InlineData("", "#pragma warning disable ATLAS0001", "#pragma warning restore ATLAS0001", false)]
    [InlineData("", "", "", true)]
    public async Task A_string_for_a_route_kept_on_purpose_is_left_for_the_replay_it_serves(string attribute, string disable, string restore, bool offered)
    {
        // Found by the adversarial dotnet-format pass: the route stayed tenant (suppressed), the replay handler's path was
        // rewritten to Flex, and the recorded suite got 404 for every request.
        var offers = await OffersAsync($$"""
            [AtlasClient]
            public partial interface IRecordedSnapshots
            {
            {{disable}}
                {{attribute}}
                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
                Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId);
            {{restore}}
            }

            public static class Replay
            {
                public const string RecordedPath = "/api/atlas/v2/groups/5e22/clusters/shop/backup/tenant/snapshots/6745";
            }
            """, "ATLAS0003");
        Assert.Equal(offered, offers.Count == 1);
    }

    private static async Task<Solution> SolutionAsync(string source)
        => await CorpusSolution.CreateAsync(CorpusShape.Inline("Offer", ("App", "Code.cs", Usings + source)));

    /// <summary>The first action offered for each diagnostic of the IDs, in order: its title and the document's text after it.</summary>
    private static async Task<List<(string Title, string Text)>> OffersAsync(string source, params string[] ids)
        => await OffersAsync(await SolutionAsync(source), ids);

    /// <inheritdoc cref="OffersAsync(string, string[])"/>
    internal static async Task<List<(string Title, string Text)>> OffersAsync(Solution solution, params string[] ids)
    {
        var offers = new List<(string, string)>();
        foreach (var id in ids)
        {
            foreach (var diagnostic in await FixDriver.AnalyzeAsync(solution, id))
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                foreach (var provider in FixDriver.Providers.Where(p => p.FixableDiagnosticIds.Contains(id)))
                {
                    CodeAction? action = null;
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => action ??= a, CancellationToken.None));
                    if (action is not null)
                    {
                        var changed = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                        offers.Add((action.Title, (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString()));
                    }
                }
            }
        }

        return offers;
    }
}
