using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>Each spec diagnostic, its message, and the reference date that decides "past".</summary>
public class SpecRouteAnalyzerTests
{
    internal const string IdentityProvider = "/api/atlas/v2/federationSettings/{federationSettingsId}/identityProviders/{identityProviderId}";

    [Fact]
    public Task Version_past_its_sunset_is_a_warning_naming_date_and_replacement() => VerifyAsync("2026-11-29", $$"""
        [AtlasClient]
        public partial interface IFederation
        {
            [Get("{{IdentityProvider}}", Version = {|#0:"2023-01-01"|})]
            Task<string> GetAsync(string federationSettingsId, string identityProviderId);
        }
        """,
        new DiagnosticResult(SpecDiagnostics.VersionSunset).WithLocation(0).WithArguments(
            "2023-01-01", "getFederationSettingIdentityProvider", "GET " + IdentityProvider, "2025-01-01", "2023-11-15"));

    [Fact]
    public Task Reference_date_decides_between_deprecated_and_sunset()
    {
        const string source = """
            [AtlasClient]
            public partial interface IInvites
            {
                [Get("/api/atlas/v2/groups/{groupId}/invites", Version = {|#0:"2023-01-01"|})]
                Task<string> ListAsync(string groupId);
            }
            """;
        return Task.WhenAll(
            VerifyAsync("2026-06-01", source, new DiagnosticResult(SpecDiagnostics.VersionDeprecated).WithLocation(0).WithArguments(
                "2023-01-01", "listGroupInvites", "GET /api/atlas/v2/groups/{groupId}/invites", "2026-09-15", "(no later version exists yet)")),
            VerifyAsync("2026-09-15", source, new DiagnosticResult(SpecDiagnostics.VersionSunset).WithLocation(0).WithArguments(
                "2023-01-01", "listGroupInvites", "GET /api/atlas/v2/groups/{groupId}/invites", "2026-09-15", "(no later version exists yet)")));
    }

    [Fact]
    public Task Deprecated_version_with_a_newer_one_is_info() => VerifyAsync("2026-11-29", """
        [AtlasClient]
        public partial interface IClusters
        {
            [Get("https://cloud.mongodb.com/api/atlas/v2/groups/{projectId}/clusters/{cluster}", Version = {|#0:"2023-02-01"|})]
            Task<string> GetAsync(string projectId, string cluster);

            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}", Version = "2024-08-05")]
            Task<string> GetCurrentAsync(string groupId, string clusterName);
        }
        """,
        new DiagnosticResult(SpecDiagnostics.VersionDeprecated).WithLocation(0).WithArguments(
            "2023-02-01", "getGroupCluster", "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}", "2027-07-01", "2024-08-05"));

    [Fact]
    public Task Version_not_offered_lists_the_offered_ones() => VerifyAsync("2026-11-29", """
        [AtlasClient]
        public partial interface IFlex
        {
            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = {|#0:"2023-01-01"|})]
            Task<FlexBackupSnapshot> GetAsync(string groupId, string name, string snapshotId);
        }
        """,
        new DiagnosticResult(SpecDiagnostics.VersionNotOffered).WithLocation(0).WithArguments(
            "2023-01-01", "getGroupFlexClusterBackupSnapshot", "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", "2024-11-13"));

    [Fact]
    public Task Unknown_path_and_wrong_method_suggest_the_closest_operations() => VerifyAsync("2026-11-29", """
        [AtlasClient]
        public partial interface IFlex
        {
            [Get({|#0:"/api/atlas/v2/groups/{groupId}/flexCluster/{name}/backup/snapshots/{snapshotId}"|}, Version = "2024-11-13")]
            Task<FlexBackupSnapshot> TypoAsync(string groupId, string name, string snapshotId);

            [Delete({|#1:"/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download"|}, Version = "2024-11-13")]
            Task WrongMethodAsync(string groupId, string name);
        }
        """,
        new DiagnosticResult(SpecDiagnostics.UnknownOperation).WithLocation(0).WithArguments(
            "GET", "/api/atlas/v2/groups/{groupId}/flexCluster/{name}/backup/snapshots/{snapshotId}",
            "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId} (getGroupFlexClusterBackupSnapshot); "
            + "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId} (getGroupClusterBackupSnapshot); "
            + "DELETE /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId} (deleteGroupClusterBackupSnapshot)"),
        new DiagnosticResult(SpecDiagnostics.UnknownOperation).WithLocation(1).WithMessage(null));

    [Fact]
    public Task Removed_operation_and_legacy_api_are_reported_on_the_route() => VerifyAsync("2026-11-29", """
        [AtlasClient]
        public partial interface IMisc
        {
            [Get({|#0:"/api/atlas/v2/groups/{groupId}/pipelines"|}, Version = "2023-01-01")]
            Task<string> ListPipelinesAsync(string groupId);

            [Get({|#1:"/api/atlas/v1.0/groups/{groupId}/clusters"|})]
            Task<string> LegacyAsync(string groupId);

            [Get({|#2:"/api/atlas/v1.0/groups/{groupId}/noSuchThing"|})]
            Task<string> LegacyUnknownAsync(string groupId);

            [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
            Task<string> TenantIsLeftToTheSunsetAnalyzerAsync(string groupId, string clusterName);

            [Get("/api/oauth/token")]
            Task<string> NotTheAdminApiAsync();
        }
        """,
        new DiagnosticResult(SpecDiagnostics.RemovedOperation).WithLocation(0).WithArguments(
            "GET /api/atlas/v2/groups/{groupId}/pipelines", "listGroupPipelines", "2026-08-21"),
        new DiagnosticResult(SpecDiagnostics.LegacyApi).WithLocation(1).WithArguments(
            "/api/atlas/v1.0/groups/{groupId}/clusters", "the v2 API has it as GET /api/atlas/v2/groups/{groupId}/clusters (listGroupClusters)"),
        new DiagnosticResult(SpecDiagnostics.LegacyApi).WithLocation(2).WithArguments(
            "/api/atlas/v1.0/groups/{groupId}/noSuchThing", "the v2 API has no operation at this path"));

    [Fact]
    public async Task Invalid_reference_date_is_reported_and_today_is_used()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await VerifyAsync("29/11/2026", """
            [AtlasClient]
            public partial interface IFederation
            {
                [Get("/api/atlas/v2/federationSettings/{federationSettingsId}/identityProviders/{identityProviderId}", Version = {|#0:"2023-01-01"|})]
                Task<string> GetAsync(string federationSettingsId, string identityProviderId);
            }
            """,
            new DiagnosticResult(SpecDiagnostics.ReferenceDate).WithNoLocation().WithArguments("29/11/2026", today),
            new DiagnosticResult(SpecDiagnostics.VersionSunset).WithLocation(0).WithMessage(null));
    }

    [Fact]
    public Task Preview_is_checked_against_the_catalog_like_any_version_and_reported_as_information() => VerifyAsync("2026-11-29", """
        [AtlasClient]
        public partial interface IPreviews
        {
            [Get("/api/atlas/v2/defaultGroupLimits/{limitName}", Version = {|#0:"preview"|})]
            Task<string> OnlyPreviewAsync(string limitName);

            [Get("/api/atlas/v2/groups/{groupId}/aiModelApiKeys", Version = {|#1:"preview"|})]
            Task<string> PreviewAndStableAsync(string groupId);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = {|#2:"preview"|})]
            Task<string> NoPreviewAsync(string groupId, string name);

            [Get("/api/atlas/v2/rateLimits", Version = {|#3:"preview"|})]
            Task<string> PreviewPastItsSunsetAsync();

            [Get("/internal/limits", Version = {|#4:"preview"|})]
            Task<string> NotAnAtlasRouteAsync();
        }
        """,
        new DiagnosticResult(SpecDiagnostics.PreviewVersion).WithLocation(0).WithArguments(
            "getDefaultGroupLimit (GET /api/atlas/v2/defaultGroupLimits/{limitName})", "it has no stable version yet"),
        new DiagnosticResult(SpecDiagnostics.PreviewVersion).WithLocation(1).WithArguments(
            "listGroupAiModelApiKeys (GET /api/atlas/v2/groups/{groupId}/aiModelApiKeys)", "version 2025-03-12 is stable"),
        new DiagnosticResult(SpecDiagnostics.VersionNotOffered).WithLocation(2).WithArguments(
            "preview", "listGroupFlexClusterBackupSnapshots", "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", "2024-11-13"),
        new DiagnosticResult(SpecDiagnostics.VersionSunset).WithLocation(3).WithArguments(
            "preview", "listRateLimits", "GET /api/atlas/v2/rateLimits", "2026-04-19", "2025-03-12"),
        new DiagnosticResult(SpecDiagnostics.PreviewVersion).WithLocation(4).WithArguments(
            "GET /internal/limits", "check that the operation offers it"));

    internal static Task VerifyAsync(string referenceDate, string source, params DiagnosticResult[] expected)
    {
        var test = TestSetup.Configure(new CSharpAnalyzerTest<SpecRouteAnalyzer, DefaultVerifier> { TestCode = TestSetup.Usings + source });
        test.TestState.AnalyzerConfigFiles.Add(ReferenceDateConfig(referenceDate));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>What MSBuild writes for <c>&lt;AtlasApiReferenceDate&gt;</c> once the package's props make it compiler-visible.</summary>
    internal static (string, string) ReferenceDateConfig(string referenceDate)
        => ("/.globalconfig", "is_global = true\nbuild_property.AtlasApiReferenceDate = " + referenceDate + "\n");
}
