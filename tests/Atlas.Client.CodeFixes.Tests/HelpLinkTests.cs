using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Atlas.Client.Generators.Analyzers;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Tests;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// Help links that resolve: the package's own pages are addressed from the MSBuild property AtlasClientRepositoryUrl
/// (Directory.Build.targets, passed to this assembly as metadata) and exist in the repository; a reported sunset
/// diagnostic links to MongoDB's page of the operation to move to, a version problem of a backup operation to that
/// operation's page. The expected MongoDB pages are written out here, as the newest OpenAPI subset gives them.
/// </summary>
public class HelpLinkTests
{
    private static readonly string RepositoryRoot = TestSetup.RepositoryRoot;

    /// <summary>The value of the MSBuild property this build was made with.</summary>
    internal static string RepositoryUrl { get; } = typeof(HelpLinkTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AtlasClientRepositoryUrl").Value is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException("The test project was built without AtlasClientRepositoryUrl.");

    /// <summary>The help link of an ID's page in the package's own Docs folder.</summary>
    internal static string PackagePage(string id) => RepositoryUrl + "/blob/main/src/Atlas.Client.Generators/Docs/" + id + ".md";

    /// <summary>Every analyzer the package ships: the generator assembly's and the code-fix assembly's.</summary>
    private static readonly Type[] AnalyzerTypes = typeof(DiagnosticHelp).Assembly.GetTypes()
        .Concat(typeof(Atlas.Client.CodeFixes.SunsetRouteCodeFixProvider).Assembly.GetTypes())
        .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .ToArray();

    public static IEnumerable<object[]> Analyzers() => AnalyzerTypes.Select(t => new object[] { t.Name });

    [Fact]
    public void Every_analyzer_of_the_package_is_looked_at()
        => Assert.Equal(
            new[] { "ClientValidationAnalyzer", "SpecRouteAnalyzer", "SpecStringAnalyzer", "SunsetModelAnalyzer", "SunsetRouteAnalyzer", "SunsetStringAnalyzer" },
            AnalyzerTypes.Select(t => t.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Every_supported_descriptor_links_to_its_page_under_the_repository_property(string analyzerName)
    {
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerTypes.Single(t => t.Name == analyzerName))!;
        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            var link = descriptor.HelpLinkUri;
            Assert.StartsWith(RepositoryUrl + "/", link, StringComparison.Ordinal);
            Assert.Equal(PackagePage(descriptor.Id), link);
            var page = Path.Combine(RepositoryRoot, link[(RepositoryUrl + "/blob/main/").Length..]);
            Assert.True(File.Exists(page), $"{descriptor.Id} links to {link}, but {page} does not exist");
        }
    }

    private const string MongoDbPages = "https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/";

    /// <summary>Each sunset operation: its HTTP attribute and path, and the page of its replacement in the subset of 2026-08-21 or 2026-03-03.</summary>
    public static TheoryData<string, string, string> SunsetOperations => new()
    {
        { "Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", MongoDbPages + "Flex-Snapshots/operation/getGroupFlexClusterBackupSnapshot" },
        { "Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", MongoDbPages + "Flex-Snapshots/operation/listGroupFlexClusterBackupSnapshots" },
        { "Post", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download", MongoDbPages + "Flex-Snapshots/operation/downloadGroupFlexClusterBackup" },
        { "Post", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", MongoDbPages + "Flex-Restore-Jobs/operation/createGroupFlexClusterBackupRestoreJob" },
        { "Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores", MongoDbPages + "Flex-Restore-Jobs/operation/listGroupFlexClusterBackupRestoreJobs" },
        { "Get", "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", MongoDbPages + "Flex-Restore-Jobs/operation/getGroupFlexClusterBackupRestoreJob" },
    };

    [Theory]
    [MemberData(nameof(SunsetOperations))]
    public async Task Route_call_and_string_of_a_sunset_operation_link_to_the_replacements_page(string attribute, string path, string page)
    {
        var source = $$"""
            [AtlasClient]
            public partial interface ITenant
            {
                [{{attribute}}("{{path}}", Version = "2023-01-01")]
                Task<string> CallAsync(string groupId, string clusterName);
            }

            public static class Callers
            {
                public static Task<string> Call(ITenant tenant) => tenant.CallAsync("g", "c");

                public static string Url(string groupId, string clusterName, string snapshotId, string restoreId) => $"{{path}}";
            }
            """;

        var diagnostics = (await ReportedAsync(new SunsetRouteAnalyzer(), source)).AddRange(await ReportedAsync(new SunsetStringAnalyzer(), source));

        Assert.Equal(new[] { SunsetDiagnostics.RouteId, SunsetDiagnostics.CallId, SunsetDiagnostics.StringId }, diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(page, d.Descriptor.HelpLinkUri));
    }

    [Theory]
    [InlineData("BackupTenantSnapshot", MongoDbPages + "Flex-Snapshots/operation/getGroupFlexClusterBackupSnapshot")]
    [InlineData("TenantRestore", MongoDbPages + "Flex-Restore-Jobs/operation/getGroupFlexClusterBackupRestoreJob")]
    public async Task A_tenant_model_links_to_the_page_of_the_flex_operation_that_returns_its_twin(string model, string page)
    {
        var diagnostic = Assert.Single(await ReportedAsync(new SunsetModelAnalyzer(), $"public static class Uses {{ public static {model}? Field; }}"));

        Assert.Equal(SunsetDiagnostics.ModelId, diagnostic.Id);
        Assert.Equal(page, diagnostic.Descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(SunsetOperations))]
    public async Task A_version_a_flex_operation_does_not_offer_links_to_its_page(string attribute, string path, string page)
    {
        _ = attribute;
        var flex = SunsetCatalog.Operations.Single(o => o.Path == path);
        var source = $$"""
            [AtlasClient]
            public partial interface IFlex
            {
                [{{flex.ReplacementMethod![0] + flex.ReplacementMethod[1..].ToLowerInvariant()}}("{{flex.ReplacementPath}}", Version = "2023-01-01")]
                Task<string> CallAsync(string groupId, string name);
            }
            """;

        var diagnostic = Assert.Single(await ReportedAsync(new SpecRouteAnalyzer(), source));

        Assert.Equal(SpecDiagnostics.VersionNotOfferedId, diagnostic.Id);
        Assert.Equal(page, diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Sunset_and_deprecated_versions_of_a_backup_operation_would_link_to_its_page()
    {
        // The Flex operations have one version and no sunset date yet, so no build reports ATLAS0101/0102 on them today.
        var flex = SpecCatalog.Index.Operations.Single(o => o.Display == "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}");
        var page = MongoDbPages + "Flex-Snapshots/operation/getGroupFlexClusterBackupSnapshot";

        foreach (var descriptor in new[] { SpecDiagnostics.VersionSunset, SpecDiagnostics.VersionDeprecated, SpecDiagnostics.VersionNotOffered })
        {
            var linked = SpecDiagnostics.ForOperation(descriptor, flex);
            Assert.Equal(page, linked.HelpLinkUri);
            Assert.Equal(
                (descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, descriptor.Description),
                (linked.Id, linked.Title, linked.MessageFormat, linked.Category, linked.DefaultSeverity, linked.IsEnabledByDefault, linked.Description));
        }
    }

    [Theory]
    [InlineData("2027-08-01", "2023-02-01", SpecDiagnostics.VersionSunsetId)]
    [InlineData("2026-11-29", "2023-02-01", SpecDiagnostics.VersionDeprecatedId)]
    [InlineData("2026-11-29", "2022-01-01", SpecDiagnostics.VersionNotOfferedId)]
    public async Task A_version_problem_of_an_operation_without_a_known_page_links_to_the_packages_page(string referenceDate, string version, string id)
    {
        var source = $$"""
            [AtlasClient]
            public partial interface IClusters
            {
                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}", Version = "{{version}}")]
                Task<string> GetAsync(string groupId, string clusterName);
            }
            """;

        var diagnostic = Assert.Single(await ReportedAsync(new SpecRouteAnalyzer(), source, referenceDate));

        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(PackagePage(id), diagnostic.Descriptor.HelpLinkUri);
    }

    /// <summary>What one analyzer reports on the source (with the tests' usings), as a build with this reference date would.</summary>
    private static async Task<ImmutableArray<Diagnostic>> ReportedAsync(DiagnosticAnalyzer analyzer, string source, string referenceDate = "2026-11-29")
    {
        var compilation = CSharpCompilation.Create(
            "HelpLinks",
            new[] { CSharpSyntaxTree.ParseText(TestSetup.Usings + source, new CSharpParseOptions(LanguageVersion.Latest), path: "Source.cs") },
            await References.ForAsync(withHttpClientFactory: false),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ReferenceDateOptions(referenceDate));
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The compiler-visible <c>AtlasApiReferenceDate</c> MSBuild property, and nothing else.</summary>
    private sealed class ReferenceDateOptions(string referenceDate) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(referenceDate);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string referenceDate) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.AtlasApiReferenceDate" ? referenceDate : null;
                return value is not null;
            }
        }
    }
}
