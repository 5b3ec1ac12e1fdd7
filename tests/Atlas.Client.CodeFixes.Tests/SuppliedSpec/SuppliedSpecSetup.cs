using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Atlas.Client.CatalogTool;
using Atlas.Client.Generators.Analyzers.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Atlas.Client.CodeFixes.Tests.SuppliedSpec;

/// <summary>
/// A project that supplies its own spec, the way the package's build/Atlas.Client.targets presents it to the analyzers:
/// the file as an additional file, marked <c>build_metadata.AdditionalFiles.AtlasApiSpec = true</c>, with the opt-in as
/// item metadata or as the MSBuild property; and the specs the tests supply.
/// </summary>
internal static class SuppliedSpecSetup
{
    public const string SpecPath = "/atlas-api.json";

    public const string FlexListPath = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots";

    /// <summary>What MSBuild writes into the generated global config for the properties and the spec items.</summary>
    public static string GlobalConfig(string referenceDate, bool reportRemovedMetadata = false, bool reportRemovedProperty = false, params string[] specPaths)
    {
        var config = new StringBuilder("is_global = true\n")
            .Append("build_property.AtlasApiReferenceDate = ").Append(referenceDate).Append('\n');
        if (reportRemovedProperty)
        {
            config.Append("build_property.AtlasApiSpecReportRemoved = true\n");
        }

        foreach (var path in specPaths.Length == 0 ? new[] { SpecPath } : specPaths)
        {
            config.Append('[').Append(path).Append("]\n").Append("build_metadata.AdditionalFiles.AtlasApiSpec = true\n");
            if (reportRemovedMetadata)
            {
                config.Append("build_metadata.AdditionalFiles.AtlasApiSpecReportRemoved = true\n");
            }
        }

        return config.ToString();
    }

    /// <summary>MongoDB's subset of the twelve tenant and Flex backup operations, as of 2026-03-03.</summary>
    public static string BackupSubset() => File.ReadAllText(Path.Combine(
        Path.GetDirectoryName(CatalogPaths.CatalogJson(TestSetup.RepositoryRoot))!,
        "tenant-and-flex-backup-endpoints.openapi-v2-multiversion-subset.2026-03-03.json"));

    /// <summary>The document with an <c>x-sunset</c> date on one version of one operation's 200 answer.</summary>
    public static string WithSunset(string json, string path, string method, string version, string sunset)
    {
        var document = JsonNode.Parse(json)!;
        document["paths"]![path]![method]!["responses"]!["200"]!["content"]!["application/vnd.atlas." + version + "+json"]!["x-sunset"] = sunset;
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The document with one more resource version, without a sunset date (a copy of the newest one's media types), on one operation's body and answers.</summary>
    public static string WithVersion(string json, string path, string method, string version)
    {
        var document = JsonNode.Parse(json)!;
        var operation = document["paths"]![path]![method]!;
        var owners = operation["responses"]!.AsObject().Select(r => r.Value).Append(operation["requestBody"]);
        foreach (var content in owners.Select(o => o?["content"]?.AsObject()).OfType<JsonObject>().ToList())
        {
            if (content.LastOrDefault(m => m.Key.StartsWith("application/vnd.atlas.", StringComparison.Ordinal)) is { Value: { } media })
            {
                var copy = media.DeepClone().AsObject();
                copy.Remove("x-sunset");
                content["application/vnd.atlas." + version + "+json"] = copy;
            }
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The document with one more operation (a copy of <paramref name="templatePath"/>'s GET under another path, id and version).</summary>
    public static string WithOperation(string json, string templatePath, string path, string operationId, string version)
    {
        var document = JsonNode.Parse(json)!;
        var operation = document["paths"]![templatePath]!["get"]!.DeepClone();
        operation["operationId"] = operationId;
        var content = operation["responses"]!["200"]!["content"]!.AsObject();
        var media = content.First().Value!.DeepClone();
        content.Clear();
        content["application/vnd.atlas." + version + "+json"] = media;
        document["paths"]![path] = new JsonObject { ["get"] = operation };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A full-size spec of every current operation of the catalog but <paramref name="without"/> (<c>METHOD path</c>).</summary>
    public static string FullSpecWithout(params string[] without)
        => SyntheticSpecWriter.Write(CatalogReader.Read(CatalogPaths.CatalogJson(TestSetup.RepositoryRoot), CatalogPaths.RulesJson(TestSetup.RepositoryRoot))
            .Operations.Where(o => o.RemovedBy is null && !without.Contains(o.Key)));

    /// <summary>Both spec analyzers on the source, with the spec files and the config.</summary>
    public static Task VerifyAsync(string source, string config, IEnumerable<(string Path, string Text)> specs, params DiagnosticResult[] expected)
    {
        var test = TestSetup.Configure(new BothSpecAnalyzers { TestCode = TestSetup.Usings + source });
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        foreach (var spec in specs)
        {
            test.TestState.AdditionalFiles.Add(spec);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyAsync(string source, string config, string spec, params DiagnosticResult[] expected)
        => VerifyAsync(source, config, new[] { (SpecPath, spec) }, expected);

    /// <summary>The route and the raw-string analyzer together, as a build runs them.</summary>
    private sealed class BothSpecAnalyzers : CSharpAnalyzerTest<SpecRouteAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => new DiagnosticAnalyzer[] { new SpecRouteAnalyzer(), new SpecStringAnalyzer() };
    }
}
