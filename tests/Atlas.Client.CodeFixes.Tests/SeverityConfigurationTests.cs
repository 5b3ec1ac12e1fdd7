using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// Each ID's severity follows <c>dotnet_diagnostic.ATLAS000x.severity</c> in .editorconfig. (Raising a warning to
/// <c>error</c> keeps Severity = Warning and sets IsWarningAsError, which the verifier cannot see: the end-to-end
/// harness checks that case.)
/// </summary>
public class SeverityConfigurationTests
{
    private const string Source = """
        [AtlasClient]
        public partial interface ISnapshots
        {
            [Get({|#0:"/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}"|}, Version = "2023-01-01")]
            Task<{|#1:BackupTenantSnapshot|}> GetAsync(string groupId, string clusterName, string snapshotId);
        }

        public static class Caller
        {
            public static string Url = {|#2:"/api/atlas/v2/groups/g/clusters/c/backup/tenant/snapshots"|};
            public static Task Run(ISnapshots api) => api.{|#3:GetAsync|}("g", "c", "s");
        }
        """;

    [Fact]
    public async Task Route_and_call_follow_editorconfig()
    {
        var test = Create<SunsetRouteAnalyzer>("""
            dotnet_diagnostic.ATLAS0001.severity = suggestion
            dotnet_diagnostic.ATLAS0002.severity = none
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SunsetDiagnostics.Route).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithMessage(null));
        await test.RunAsync();
    }

    [Fact]
    public async Task String_and_model_follow_editorconfig()
    {
        var strings = Create<SunsetStringAnalyzer>("dotnet_diagnostic.ATLAS0003.severity = suggestion");
        strings.ExpectedDiagnostics.Add(new DiagnosticResult(SunsetDiagnostics.String).WithLocation(2).WithSeverity(DiagnosticSeverity.Info).WithMessage(null));
        await strings.RunAsync();

        var models = Create<SunsetModelAnalyzer>("dotnet_diagnostic.ATLAS0004.severity = none");
        await models.RunAsync();
    }

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create<TAnalyzer>(string settings)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = TestSetup.Configure(new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = TestSetup.Usings + Source });
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + settings + "\n"));

        // Locations 0-3 are shared by the rules; those a rule does not report are only positions here.
        test.TestState.MarkupHandling = MarkupMode.Allow;
        return test;
    }
}
