using System.Text.Json;
using Atlas.Client.CatalogTool;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.Generators.Catalog;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// The catalog compiled into the analyzers is exactly operations-catalog.json, the generated sources are what the tool
/// writes today, and no current route of the catalog is flagged.
/// </summary>
public class SpecCatalogTests
{
    private static readonly string RepositoryRoot = CatalogPaths.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("Generators.sln not found above the test's output folder.");

    [Fact]
    public void Embedded_catalog_matches_operations_catalog_json()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(CatalogPaths.CatalogJson(RepositoryRoot)));
        var expected = json.RootElement.GetProperty("operations").EnumerateArray().ToList();
        var embedded = SpecCatalog.Index.Operations;

        Assert.Equal(568, expected.Count);
        Assert.Equal(expected.Count, embedded.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var op = embedded[i];
            Assert.Equal(e.GetProperty("method").GetString(), op.Method);
            Assert.Equal(e.GetProperty("path").GetString(), op.Path);
            Assert.Equal(e.GetProperty("operationId").GetString(), op.OperationId);
            Assert.Equal(e.GetProperty("override").GetString(), op.Override);
            Assert.Equal(e.GetProperty("deprecated").GetBoolean(), op.Deprecated);
            Assert.Equal(e.GetProperty("removedBy").GetString(), op.RemovedBy);
            Assert.Equal(
                e.GetProperty("versions").EnumerateObject().Select(v => (v.Name, v.Value.GetString())),
                op.Versions.Select(v => (v.Version, v.Sunset)));
        }

        Assert.Equal(109, embedded.Count(o => o.Versions.Any(v => v.Sunset is not null)));
        Assert.Equal(28, embedded.Count(o => o.RemovedBy is not null));
    }

    [Fact]
    public void Generated_sources_are_what_the_tool_writes_from_the_json()
    {
        var catalog = CatalogReader.Read(CatalogPaths.CatalogJson(RepositoryRoot), CatalogPaths.RulesJson(RepositoryRoot));
        Assert.Equal(CatalogWriter.SpecCatalogData(catalog), File.ReadAllText(CatalogPaths.SpecCatalogData(RepositoryRoot)));
        Assert.Equal(CatalogWriter.SunsetCatalog(catalog), File.ReadAllText(CatalogPaths.SunsetCatalog(RepositoryRoot)));
    }

    [Fact]
    public void Every_sunset_rule_points_from_a_tenant_operation_to_a_current_flex_operation()
    {
        var rules = SpecCatalog.Index.Operations.Where(o => o.Sunset is not null).ToList();
        Assert.Equal(6, rules.Count);
        Assert.All(rules, o =>
        {
            Assert.Contains("/backup/tenant/", o.Path);
            Assert.Contains("/flexClusters/{name}/backup/", o.Replacement!.Path);
            Assert.Null(o.Replacement.RemovedBy);
            Assert.Equal(o.Sunset!.ReplacementVersion, o.Replacement.RecommendedVersion("2026-11-29"));
            Assert.Equal(o.Versions.Single().Sunset, o.Sunset.SunsetDate);
        });
    }

    /// <summary>
    /// Every operation of the newest spec at every version that has no sunset date (so every Flex operation and every
    /// non-deprecated route): nothing may be reported by the spec or the sunset analyzers, but ATLAS0109 on each preview.
    /// </summary>
    [Fact]
    public async Task No_current_route_of_the_catalog_is_flagged()
    {
        const string ReferenceDate = "2026-11-29";
        var methods = new List<string>();
        foreach (var op in SpecCatalog.Index.Operations.Where(o => o.RemovedBy is null))
        {
            foreach (var version in op.Versions.Where(v => v.Sunset is null).Select(v => v.Version))
            {
                // A preview version is checked like a date and, being one the operation offers, only said to be a preview.
                var attribute = op.Method[0] + op.Method[1..].ToLowerInvariant();
                var argument = version == "preview" ? "{|ATLAS0109:\"preview\"|}" : $"\"{version}\"";
                methods.Add($"    [{attribute}(\"{op.Path}\", Version = {argument})] Task M{methods.Count}();");
            }
        }

        Assert.True(methods.Count > 500, $"the corpus has {methods.Count} routes");
        Assert.Contains(methods, m => m.Contains("/flexClusters/{name}/backup/snapshots/{snapshotId}\", Version = \"2024-11-13\"", StringComparison.Ordinal));
        var source = "[AtlasClient]\npublic partial interface IWholeApi\n{\n" + string.Join("\n", methods) + "\n}\n";

        var unmarked = source.Replace("{|ATLAS0109:\"preview\"|}", "\"preview\"", StringComparison.Ordinal);
        // The 43 current operations that offer preview, less the 7 whose preview has a sunset date.
        Assert.Equal(36, methods.Count(m => m.Contains("ATLAS0109", StringComparison.Ordinal)));

        await Silent<SpecRouteAnalyzer>(source, ReferenceDate);
        await Silent<SunsetRouteAnalyzer>(unmarked, ReferenceDate);
        await Silent<SunsetStringAnalyzer>(unmarked, ReferenceDate);
    }

    private static Task Silent<TAnalyzer>(string source, string referenceDate)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = TestSetup.Configure(new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = TestSetup.Usings + source });
        test.TestState.AnalyzerConfigFiles.Add(SpecRouteAnalyzerTests.ReferenceDateConfig(referenceDate));
        return test.RunAsync();
    }
}
