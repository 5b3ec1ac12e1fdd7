using System.Text.Json;
using System.Text;
using Atlas.Client.CatalogTool;
using Atlas.Client.Generators.Analyzers.Spec.Supplied;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Catalog;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests.SuppliedSpec;

/// <summary>
/// What the analyzers take from a supplied OpenAPI document: MongoDB's multi-version subsets read back exactly as the
/// catalog has those operations, the per-version form's operation-level x-sunset, a full-size synthetic spec of the whole
/// API read back as the catalog, and a document that is not one the analyzers can use stopped where the problem is.
/// </summary>
public class OpenApiSpecReaderTests
{
    private static readonly string CatalogJson = CatalogPaths.CatalogJson(TestSetup.RepositoryRoot);

    [Fact]
    public void Multi_version_subsets_read_as_the_catalog_has_their_operations()
    {
        var subsets = CatalogPaths.OpenApiSubsets(CatalogJson).Where(f => f.Contains("multiversion", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, subsets.Count);
        var catalog = CatalogReader.Read(CatalogJson, CatalogPaths.RulesJson(TestSetup.RepositoryRoot)).Operations.ToDictionary(o => o.Key);
        var seen = 0;
        foreach (var file in subsets)
        {
            var spec = Read(File.ReadAllText(file));
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var op in spec.Operations)
            {
                AssertSame(catalog[op.Display], op);
                var docs = document.RootElement.GetProperty("paths").GetProperty(op.Path).GetProperty(op.Method.ToLowerInvariant()).GetProperty("x-xgen-docs-url").GetString();
                Assert.Equal(docs, op.DocsUrl);
                seen++;
            }
        }

        Assert.Equal(16, seen);
    }

    [Fact]
    public void A_per_version_subset_gives_its_operation_level_sunset_to_every_version()
    {
        var file = CatalogPaths.OpenApiSubsets(CatalogJson).Single(f => Path.GetFileName(f) == "getSharedClusterBackup.openapi-subset.2025-06-30.json");

        var op = Assert.Single(Read(File.ReadAllText(file)).Operations);

        Assert.Equal("getSharedClusterBackup", op.OperationId);
        Assert.True(op.Deprecated);
        Assert.Equal(new[] { ("2023-01-01", (string?)"2026-01-15") }, op.Versions.Select(v => (v.Version, v.Sunset)));
    }

    /// <summary>The whole Admin API at full size (every current operation of the catalog), read back operation by operation.</summary>
    [Fact]
    public void A_full_size_spec_of_the_whole_api_reads_back_as_the_catalog()
    {
        var current = CatalogReader.Read(CatalogJson, CatalogPaths.RulesJson(TestSetup.RepositoryRoot)).Operations.Where(o => o.RemovedBy is null).ToList();
        var json = SyntheticSpecWriter.Write(current);
        Assert.True(json.Length > 3_000_000, $"the synthetic spec has {json.Length:N0} characters; MongoDB's has about 6 million");

        var spec = Read(json);

        Assert.Equal(540, current.Count);
        Assert.Equal(current.Count, spec.Operations.Length);
        var byKey = spec.Operations.ToDictionary(o => o.Display);
        foreach (var expected in current)
        {
            AssertSame(expected, byKey[expected.Key]);
        }
    }

    [Fact]
    public void Versions_come_from_versioned_media_types_only_with_the_earliest_sunset()
    {
        var spec = Read(Document("""
            "/api/atlas/v2/groups/{groupId}/things": {
              "post": {
                "operationId": "createThing",
                "requestBody": { "content": {
                  "application/vnd.atlas.2023-01-01+json": { "schema": { "type": "object" } },
                  "application/vnd.atlas.2025-03-12+json": { } } },
                "responses": {
                  "201": { "content": {
                    "application/vnd.atlas.2023-01-01+json": { "x-sunset": "2026-09-15" },
                    "application/vnd.atlas.2023-01-01+csv": { "x-sunset": "2026-03-01" },
                    "application/vnd.atlas.2025-03-12+json": { },
                    "application/vnd.atlas.preview+json": { "x-xgen-preview": { "public": "true" } },
                    "application/vnd.atlas.2026-01-01.upcoming+json": { },
                    "application/vnd.atlas.2024-13-01+json": { },
                    "application/json": { } } },
                  "400": { "$ref": "#/components/responses/badRequest" },
                  "default": { "description": "no content" } } } },
            "/api/atlas/v2": { "get": { "operationId": "getSystemStatus", "responses": { "200": { "content": { "application/vnd.atlas.2023-01-01+json": { } } } } } },
            "/api/atlas/v2x/other": { "get": { "operationId": "notTheAdminApi" } },
            "/api/oauth/token": { "post": { "operationId": "token" } }
            """));

        Assert.Equal(new[] { "POST /api/atlas/v2/groups/{groupId}/things", "GET /api/atlas/v2" }, spec.Operations.Select(o => o.Display));
        Assert.Equal(
            new[] { ("2023-01-01", (string?)"2026-03-01"), ("2025-03-12", null), ("preview", null) },
            spec.Operations[0].Versions.Select(v => (v.Version, v.Sunset)));
    }

    public static TheoryData<string, string, string> Unusable => new()
    {
        { "[]", "line 1: ", "the document is an array, not a JSON object" },
        { """{"info": {}, "paths": {}}""", "line 1: ", "no \"openapi\" field: not an OpenAPI 3 document" },
        { """{"swagger": "2.0", "paths": {}}""", "line 1: ", "a Swagger 2.0 document" },
        { """{"openapi": "2.0", "paths": {}}""", "line 1: ", "OpenAPI 2.0: the analyzers read OpenAPI 3 documents" },
        { """{"openapi": "3.0.1"}""", "line 1: ", "no \"paths\"" },
        { "{\"openapi\": \"3.0.1\",\n \"paths\": []}", "line 2: ", "\"paths\" is an array, not an object" },
        { "{\"openapi\": \"3.0.1\",\n \"paths\": {\"/api/oauth/token\": {\"post\": {}}}}", "line 2: ", "no operation under /api/atlas/v2" },
        { Document("\"/api/atlas/v2/groups\": \"GET\""), "line 3: ", "the path /api/atlas/v2/groups is a string, not an object" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": []}"), "line 3: ", "GET /api/atlas/v2/groups is an array, not an object" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {}}"), "line 3: ", "GET /api/atlas/v2/groups has no \"operationId\"" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": 7}}"), "line 3: ", "\"operationId\" of GET /api/atlas/v2/groups is a number, not a string" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": \"g\", \"deprecated\": \"yes\"}}"), "line 3: ", "\"deprecated\" of GET /api/atlas/v2/groups is a string, not true or false" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": \"g\", \"x-sunset\": 20260101}}"), "line 3: ", "\"x-sunset\" of GET /api/atlas/v2/groups is a number, not a string" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": \"g\", \"x-sunset\": \"next year\"}}"), "line 3: ", "\"x-sunset\" of GET /api/atlas/v2/groups is 'next year', not a yyyy-MM-dd date" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": \"g\", \"responses\": []}}"), "line 3: ", "\"responses\" of GET /api/atlas/v2/groups is an array, not an object" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": \"g\", \"responses\": {\"200\": {\"content\": {\"application/vnd.atlas.2023-01-01+json\": null}}}}}"), "line 3: ", "a media type of an answer of GET /api/atlas/v2/groups is null, not an object" },
        { Document("\"/api/atlas/v2/groups\": {\"get\": {\"operationId\": \"g\", \"responses\": {\"200\": {\"content\": {\"application/vnd.atlas.2023-01-01+json\": {\"x-sunset\": \"2026-02-30\"}}}}}}"), "line 3: ", "is '2026-02-30', not a yyyy-MM-dd date" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void A_document_the_analyzers_cannot_use_is_stopped_with_its_reason_and_line(string json, string line, string reason)
    {
        var error = Assert.Throws<SpecFormatException>(() => Read(json));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(line, "line " + (SourceText.From(json).Lines.GetLinePosition(error.Offset).Line + 1) + ": ", StringComparison.Ordinal);
    }

    [Fact]
    public void Size_and_operation_count_are_bounded()
    {
        var tooLarge = Assert.Throws<SpecFormatException>(() => Read(new string(' ', OpenApiSpecReader.MaxLength + 1)));
        Assert.Equal(0, tooLarge.Offset);
        Assert.Contains("the analyzers read at most", tooLarge.Message, StringComparison.Ordinal);

        var paths = new StringBuilder();
        for (var i = 0; i <= OpenApiSpecReader.MaxOperations; i++)
        {
            paths.Append(i == 0 ? "" : ",\n").Append($"\"/api/atlas/v2/op{i}\": {{\"get\": {{\"operationId\": \"op{i}\"}}}}");
        }

        var tooMany = Assert.Throws<SpecFormatException>(() => Read(Document(paths.ToString())));
        Assert.Contains("more than 10,000 operations", tooMany.Message, StringComparison.Ordinal);
    }

    internal static string Document(string paths) => "{\n\"openapi\": \"3.0.1\", \"paths\": {\n" + paths + "\n}}";

    private static Atlas.Client.Generators.Analyzers.Spec.Supplied.SuppliedSpec Read(string json) => OpenApiSpecReader.Read(SourceText.From(json), CancellationToken.None);

    private static void AssertSame(CatalogOperation expected, SpecOperation actual)
    {
        Assert.Equal(expected.Key, actual.Display);
        Assert.Equal(expected.OperationId, actual.OperationId);
        Assert.Equal(expected.Override, actual.Override);
        Assert.Equal(expected.Deprecated, actual.Deprecated);
        Assert.Equal(
            expected.Versions.Select(v => (v.Version, v.Sunset)).OrderBy(v => v.Version, StringComparer.Ordinal),
            actual.Versions.Select(v => (v.Version, v.Sunset)));
        Assert.Null(actual.RemovedBy);
    }
}
