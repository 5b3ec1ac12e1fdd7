using System.Collections.Immutable;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Tests;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using Xunit;
using static Atlas.Client.CodeFixes.Tests.SuppliedSpec.SuppliedSpecSetup;

namespace Atlas.Client.CodeFixes.Tests.SuppliedSpec;

/// <summary>
/// Issue 15: the spec checks follow the spec the project supplies. A sunset date only the spec has, an operation it
/// lacks (when opted in), an operation only it has; and a spec the analyzers cannot use, reported once on the file while
/// the built-in catalog stays in force.
/// </summary>
public class SuppliedSpecAnalyzerTests
{
    private const string FlexListRoute = $$"""
        [AtlasClient]
        public partial interface IFlexList
        {
            [Get("{{FlexListPath}}", Version = {|#0:"2024-11-13"|})]
            Task<FlexBackupSnapshot> ListAsync(string groupId, string name);
        }
        """;

    [Fact]
    public async Task A_sunset_date_the_spec_adds_turns_a_clean_flex_route_into_ATLAS0101()
    {
        var spec = WithSunset(BackupSubset(), FlexListPath, "get", "2024-11-13", "2026-06-01");
        var arguments = new object[] { "2024-11-13", "listGroupFlexClusterBackupSnapshots", "GET " + FlexListPath, "2026-06-01", "(no later version exists yet)" };

        // Clean against the built-in catalog and against MongoDB's subset as it is…
        await VerifyAsync(FlexListRoute, GlobalConfig("2026-11-29"), Array.Empty<(string, string)>());
        await VerifyAsync(FlexListRoute, GlobalConfig("2026-11-29"), BackupSubset());

        // …sunset once the spec says so, deprecated before the date.
        await VerifyAsync(FlexListRoute, GlobalConfig("2026-11-29"), spec,
            new DiagnosticResult(SpecDiagnostics.VersionSunset).WithLocation(0).WithArguments(arguments));
        await VerifyAsync(FlexListRoute, GlobalConfig("2026-05-31"), spec,
            new DiagnosticResult(SpecDiagnostics.VersionDeprecated).WithLocation(0).WithArguments(arguments));
    }

    [Fact]
    public async Task The_help_link_is_the_specs_docs_page_of_the_operation()
    {
        const string page = "https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Flex-Snapshots/operation/listGroupFlexClusterBackupSnapshots-next";
        var spec = WithSunset(BackupSubset(), FlexListPath, "get", "2024-11-13", "2026-06-01")
            .Replace("#tag/Flex-Snapshots/operation/listGroupFlexClusterBackupSnapshots\"", "#tag/Flex-Snapshots/operation/listGroupFlexClusterBackupSnapshots-next\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(await ReportedAsync(FlexListRoute.Replace("{|#0:", "").Replace("|}", ""), spec));

        Assert.Equal(SpecDiagnostics.VersionSunsetId, diagnostic.Id);
        Assert.Equal(page, diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task An_operation_the_spec_lacks_is_ATLAS0105_only_when_the_project_opts_in()
    {
        const string cluster = "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}";
        var spec = FullSpecWithout("GET " + cluster);
        var source = $$"""
            [AtlasClient]
            public partial interface IClusters
            {
                [Get({|#0:"{{cluster}}"|}, Version = "2024-08-05")]
                Task<string> GetAsync(string groupId, string clusterName);

                [Patch("{{cluster}}", Version = "2024-10-23")]
                Task<string> UpdateAsync(string groupId, string clusterName);
            }

            public static class Raw
            {
                public static Task<HttpResponseMessage> GetAsync(HttpClient http, string id)
                    => http.GetAsync({|#1:$"https://cloud.mongodb.com/api/atlas/v2/groups/{id}/clusters/Cluster0"|});
            }
            """;
        var removed = new object[] { "GET " + cluster, "getGroupCluster", "atlas-api.json" };

        await VerifyAsync(source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", ""), GlobalConfig("2026-11-29"), spec);
        await VerifyAsync(source, GlobalConfig("2026-11-29", reportRemovedMetadata: true), spec,
            new DiagnosticResult(SpecDiagnostics.RemovedOperation).WithLocation(0).WithArguments(removed),
            new DiagnosticResult(SpecDiagnostics.RemovedOperation).WithLocation(1).WithArguments(removed));
        await VerifyAsync(source, GlobalConfig("2026-11-29", reportRemovedProperty: true), spec,
            new DiagnosticResult(SpecDiagnostics.RemovedOperation).WithLocation(0).WithArguments(removed),
            new DiagnosticResult(SpecDiagnostics.RemovedOperation).WithLocation(1).WithArguments(removed));
    }

    [Fact]
    public async Task An_operation_only_the_spec_has_is_known_with_its_versions()
    {
        const string schedule = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/schedule";
        var spec = WithOperation(BackupSubset(), FlexListPath, schedule, "getGroupFlexClusterBackupSchedule", "2026-09-01");
        var withoutSpec = $$"""
            [AtlasClient]
            public partial interface ISchedule
            {
                [Get({|#0:"{{schedule}}"|}, Version = "2026-09-01")]
                Task<string> GetAsync(string groupId, string name);
            }
            """;
        var withSpec = $$"""
            [AtlasClient]
            public partial interface ISchedule
            {
                [Get("{{schedule}}", Version = "2026-09-01")]
                Task<string> GetAsync(string groupId, string name);

                [Get("{{schedule}}", Version = {|#0:"2024-11-13"|})]
                Task<string> GetOldAsync(string groupId, string name);
            }
            """;

        await VerifyAsync(withoutSpec, GlobalConfig("2026-11-29"), Array.Empty<(string, string)>(),
            new DiagnosticResult(SpecDiagnostics.UnknownOperation).WithLocation(0).WithMessage(null));
        await VerifyAsync(withSpec, GlobalConfig("2026-11-29"), spec,
            new DiagnosticResult(SpecDiagnostics.VersionNotOffered).WithLocation(0).WithArguments(
                "2024-11-13", "getGroupFlexClusterBackupSchedule", "GET " + schedule, "2026-09-01"));
    }

    [Fact]
    public async Task A_malformed_spec_is_one_ATLAS0108_on_the_file_and_the_built_in_catalog_stays()
    {
        // The second path item is cut off: a download that stopped half-way.
        var spec = BackupSubset();
        var cut = spec.IndexOf("\"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore\"", StringComparison.Ordinal) + 40;
        var truncated = spec[..cut];
        var end = SourceText.From(truncated).Lines.GetLinePosition(truncated.Length - 40);
        var source = $$"""
            [AtlasClient]
            public partial interface IMixed
            {
                [Get("{{FlexListPath}}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> ListAsync(string groupId, string name);

                [Get("/api/atlas/v2/federationSettings/{federationSettingsId}/identityProviders/{identityProviderId}", Version = {|#0:"2023-01-01"|})]
                Task<string> GetIdentityProviderAsync(string federationSettingsId, string identityProviderId);
            }
            """;

        await VerifyAsync(source, GlobalConfig("2026-11-29"), truncated,
            new DiagnosticResult(SpecDiagnostics.SpecFile).WithLocation(SpecPath, end.Line + 1, end.Character + 1).WithArguments(
                "atlas-api.json", "the file ends inside a string (is it truncated?)", end.Line + 1, end.Character + 1),
            new DiagnosticResult(SpecDiagnostics.VersionSunset).WithLocation(0).WithMessage(null));
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "deep nesting", "{\"openapi\": \"3.0.1\", \"paths\": {\"/api/atlas/v2/x\": " + new string('[', 200_000) },
        { "a huge string", "{\"openapi\": \"3.0.1\", \"info\": {\"description\": \"" + new string('x', 2_000_000) + "\"}}" },
        { "wrong types", "{\"openapi\": \"3.0.1\", \"paths\": {\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": [\"listGroups\"]}}}}" },
        { "binary", "\u0001\u0002PK\u0003\u0004" + new string('\0', 100) },
        { "HTML", "<!DOCTYPE html><html><body>404 Not Found</body></html>" },
        { "a huge key", "{\"openapi\": \"3.0.1\", \"paths\": {\"/api/atlas/v2/" + new string('a', 100_000) + "\": {}}}" },
        { "many numbers", "{\"openapi\": \"3.0.1\", \"x\": [" + string.Join(",", Enumerable.Repeat("1e999999", 50_000)) + "], \"paths\": 5}" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_spec_gives_exactly_one_ATLAS0108_and_no_analyzer_exception(string kind, string spec)
    {
        var diagnostics = await ReportedAsync(FlexListRoute.Replace("{|#0:", "").Replace("|}", ""), spec, analyzers: new DiagnosticAnalyzer[] { new SpecRouteAnalyzer(), new SpecStringAnalyzer() });

        var diagnostic = Assert.Single(diagnostics);
        Assert.True(diagnostic.Id == SpecDiagnostics.SpecFileId, $"{kind}: {diagnostic}");
        Assert.Equal(SpecPath, diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task Two_specs_are_both_reported_and_neither_used()
    {
        var spec = WithSunset(BackupSubset(), FlexListPath, "get", "2024-11-13", "2026-06-01");
        const string reason = "the project supplies 2 specs (atlas-api.json, other.json) and the analyzers read one; keep one AtlasApiSpec item";
        await VerifyAsync(FlexListRoute.Replace("{|#0:", "").Replace("|}", ""), GlobalConfig("2026-11-29", specPaths: new[] { SpecPath, "/other.json" }),
            new[] { (SpecPath, spec), ("/other.json", spec) },
            new DiagnosticResult(SpecDiagnostics.SpecFile).WithLocation(SpecPath, 1, 1).WithArguments("atlas-api.json", reason, 1, 1),
            new DiagnosticResult(SpecDiagnostics.SpecFile).WithLocation("/other.json", 1, 1).WithArguments("other.json", reason, 1, 1));
    }

    [Fact]
    public async Task An_additional_file_without_the_spec_metadata_is_not_read()
    {
        var test = new[] { ("/atlas-api.json", "this is not JSON") };
        await VerifyAsync(FlexListRoute.Replace("{|#0:", "").Replace("|}", ""), "is_global = true\nbuild_property.AtlasApiReferenceDate = 2026-11-29\n", test);
    }

    /// <summary>What the analyzers report on the source with <paramref name="spec"/> supplied, diagnostics' descriptors included.</summary>
    private static async Task<ImmutableArray<Diagnostic>> ReportedAsync(string source, string spec, DiagnosticAnalyzer[]? analyzers = null)
    {
        var compilation = CSharpCompilation.Create(
            "SuppliedSpec",
            new[] { CSharpSyntaxTree.ParseText(TestSetup.Usings + source, new CSharpParseOptions(LanguageVersion.Latest), path: "/Source.cs") },
            await References.ForAsync(withHttpClientFactory: false),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = SpecOptions.For("2026-11-29", reportRemoved: false, (SpecPath, spec));
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzers ?? new DiagnosticAnalyzer[] { new SpecRouteAnalyzer() }),
            new CompilationWithAnalyzersOptions(options, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return diagnostics;
    }
}
