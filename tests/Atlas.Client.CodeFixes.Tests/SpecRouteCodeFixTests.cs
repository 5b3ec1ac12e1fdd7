using Atlas.Client.Generators.Analyzers.Spec;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

public class SpecRouteCodeFixTests
{
    [Fact]
    public Task Sunset_deprecated_and_unoffered_versions_move_to_the_recommended_one() => VerifyAsync("""
        [AtlasClient]
        public partial interface IMixed
        {
            [Get("/api/atlas/v2/federationSettings/{federationSettingsId}/identityProviders/{identityProviderId}", Version = {|ATLAS0101:"2023-01-01"|})]
            Task<string> GetIdentityProviderAsync(string federationSettingsId, string identityProviderId);

            [Patch("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}", Version = {|ATLAS0102:"2024-08-05"|})]
            Task<string> UpdateClusterAsync(string groupId, string clusterName);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = {|ATLAS0103:"2023-01-01"|})]
            Task<FlexBackupSnapshot> GetFlexAsync(string groupId, string name, string snapshotId);
        }
        """, """
        [AtlasClient]
        public partial interface IMixed
        {
            [Get("/api/atlas/v2/federationSettings/{federationSettingsId}/identityProviders/{identityProviderId}", Version = "2023-11-15")]
            Task<string> GetIdentityProviderAsync(string federationSettingsId, string identityProviderId);

            [Patch("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}", Version = "2024-10-23")]
            Task<string> UpdateClusterAsync(string groupId, string clusterName);

            [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
            Task<FlexBackupSnapshot> GetFlexAsync(string groupId, string name, string snapshotId);
        }
        """);

    [Fact]
    public Task Preview_moves_to_the_stable_version_where_there_is_one() => VerifyAsync("""
        [AtlasClient]
        public partial interface IModelKeys
        {
            [Get("/api/atlas/v2/groups/{groupId}/aiModelApiKeys", Version = {|ATLAS0109:"preview"|})]
            Task<string> ListAsync(string groupId);

            [Get("/api/atlas/v2/defaultGroupLimits/{limitName}", Version = {|ATLAS0109:"preview"|})]
            Task<string> OnlyPreviewAsync(string limitName);
        }
        """, """
        [AtlasClient]
        public partial interface IModelKeys
        {
            [Get("/api/atlas/v2/groups/{groupId}/aiModelApiKeys", Version = "2025-03-12")]
            Task<string> ListAsync(string groupId);

            [Get("/api/atlas/v2/defaultGroupLimits/{limitName}", Version = {|ATLAS0109:"preview"|})]
            Task<string> OnlyPreviewAsync(string limitName);
        }
        """);

    [Fact]
    public Task Route_typo_moves_to_the_unambiguous_closest_operation_keeping_placeholders() => VerifyAsync("""
        [AtlasClient]
        public partial interface IFlex
        {
            [Get({|ATLAS0104:"https://cloud.mongodb.com/api/atlas/v2/groups/{project}/flexCluster/{cluster}/backup/snapshot"|}, Version = "2024-11-13")]
            Task<string> ListAsync(string project, string cluster);
        }
        """, """
        [AtlasClient]
        public partial interface IFlex
        {
            [Get("https://cloud.mongodb.com/api/atlas/v2/groups/{project}/flexClusters/{cluster}/backup/snapshots", Version = "2024-11-13")]
            Task<string> ListAsync(string project, string cluster);
        }
        """);

    [Fact]
    public Task Route_fix_edits_only_literals_written_here_keeping_their_kind() => VerifyAsync("""
        public static class Routes
        {
            public const string Api = "/api/atlas/v2";
            public const string Typo = "/api/atlas/v2/groups/{groupId}/flexCluster/{name}";
        }

        [AtlasClient]
        public partial interface IFlex
        {
            [Get({|ATLAS0104:Routes.Api + "/groups/{groupId}/flexCluster/{name}"|}, Version = "2024-11-13")]
            Task<string> ConcatenatedAsync(string groupId, string name);

            [Get({|ATLAS0104:@"/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshot"|}, Version = "2024-11-13")]
            Task<string> VerbatimAsync(string groupId, string name);

            [Get({|ATLAS0104:Routes.Typo|}, Version = "2024-11-13")]
            Task<string> ConstantAsync(string groupId, string name);
        }
        """, """
        public static class Routes
        {
            public const string Api = "/api/atlas/v2";
            public const string Typo = "/api/atlas/v2/groups/{groupId}/flexCluster/{name}";
        }

        [AtlasClient]
        public partial interface IFlex
        {
            [Get(Routes.Api + "/groups/{groupId}/flexClusters/{name}", Version = "2024-11-13")]
            Task<string> ConcatenatedAsync(string groupId, string name);

            [Get(@"/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
            Task<string> VerbatimAsync(string groupId, string name);

            [Get({|ATLAS0104:Routes.Typo|}, Version = "2024-11-13")]
            Task<string> ConstantAsync(string groupId, string name);
        }
        """);

    [Fact]
    public async Task No_route_fix_when_the_closest_is_ambiguous_or_far()
    {
        const string source = """
            [AtlasClient]
            public partial interface IFar
            {
                [Get({|ATLAS0104:"/api/atlas/v2/groups/{groupId}/somethingElseEntirely"|}, Version = "2023-01-01")]
                Task<string> FarAsync(string groupId);
            }
            """;
        await VerifyAsync(source, source);
    }

    private static Task VerifyAsync(string source, string fixedSource)
    {
        var test = TestSetup.Configure(new CSharpCodeFixTest<SpecRouteAnalyzer, SpecRouteCodeFixProvider, DefaultVerifier>
        {
            TestCode = TestSetup.Usings + source,
            FixedCode = TestSetup.Usings + fixedSource,
        });
        test.TestState.AnalyzerConfigFiles.Add(SpecRouteAnalyzerTests.ReferenceDateConfig("2026-11-29"));
        test.FixedState.AnalyzerConfigFiles.Add(SpecRouteAnalyzerTests.ReferenceDateConfig("2026-11-29"));

        // A diagnostic marked in the fixed source is one the fix leaves (a route that is a constant declared elsewhere).
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }
}
