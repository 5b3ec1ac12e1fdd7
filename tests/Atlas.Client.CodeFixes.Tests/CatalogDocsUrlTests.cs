using Atlas.Client.CatalogTool;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// The catalog tool's reading of MongoDB's docs pages (<c>x-xgen-docs-url</c>) from the OpenAPI subsets: the newest
/// subset wins, and anything it cannot decide or a replacement without a page stops the tool.
/// </summary>
public sealed class CatalogDocsUrlTests : IDisposable
{
    private static readonly string RepositoryRoot = TestSetup.RepositoryRoot;

    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-docs-url-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_subset_with_the_newest_date_in_its_name_gives_the_page()
    {
        var files = new[]
        {
            Subset("b.openapi-v2-multiversion-subset.2026-03-03.json", ("get", "/a", "https://docs/renamed")),
            Subset("c.openapi-v2-multiversion-subset.2026-08-21.json", ("get", "/a", "https://docs/newest")),
            Subset("a.openapi-subset.2025-06-30.json", ("get", "/a", "https://docs/oldest"), ("post", "/b", "https://docs/only-here")),
        };

        var pages = DocsUrlReader.Read(files);

        Assert.Equal("https://docs/newest", pages["GET /a"]);
        Assert.Equal("https://docs/only-here", pages["POST /b"]);
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void Two_subsets_of_one_date_that_disagree_stop_the_tool()
    {
        var files = new[]
        {
            Subset("x.openapi-subset.2026-03-03.json", ("get", "/a", "https://docs/one")),
            Subset("y.openapi-subset.2026-03-03.json", ("get", "/a", "https://docs/other")),
        };

        var error = Assert.Throws<InvalidDataException>(() => DocsUrlReader.Read(files));
        Assert.Contains("GET /a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subset_without_a_date_in_its_name_stops_the_tool()
    {
        var file = Subset("undated.openapi-subset.json", ("get", "/a", "https://docs/a"));

        var error = Assert.Throws<InvalidDataException>(() => DocsUrlReader.Read(new[] { file }));
        Assert.Contains("undated.openapi-subset.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_whose_replacement_has_no_page_stops_the_tool()
    {
        // Only the seed endpoint's subsets: they list the snapshot GETs, not the third rule's Flex download.
        var subsets = CatalogPaths.OpenApiSubsets(CatalogPaths.CatalogJson(RepositoryRoot))
            .Where(f => Path.GetFileName(f).StartsWith("getSharedClusterBackup.", StringComparison.Ordinal)
                || Path.GetFileName(f).StartsWith("getFlexBackup.", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(4, subsets.Count);

        var error = Assert.Throws<InvalidDataException>(
            () => CatalogReader.Read(CatalogPaths.CatalogJson(RepositoryRoot), CatalogPaths.RulesJson(RepositoryRoot), subsets));
        Assert.Contains("POST /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_of_the_repository_has_the_newest_pages()
    {
        var catalog = CatalogReader.Read(CatalogPaths.CatalogJson(RepositoryRoot), CatalogPaths.RulesJson(RepositoryRoot));

        var seed = catalog.Rules.Single(r => r.OperationId == "getSharedClusterBackup");
        // Three subsets list getFlexBackup's method and path; the one of 2026-08-21 names it by its newest operationId.
        Assert.Equal("https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Flex-Snapshots/operation/getGroupFlexClusterBackupSnapshot", seed.ReplacementDocsUrl);
        Assert.Equal("https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Shared-Tier-Snapshots/operation/getGroupClusterBackupTenantSnapshot", seed.DocsUrl);
        // Each page names the replacement by its operationId in operations-catalog.json, the newest spec.
        Assert.All(catalog.Rules, r => Assert.EndsWith("/operation/" + r.Replacement.OperationId, r.ReplacementDocsUrl, StringComparison.Ordinal));
    }

    private string Subset(string name, params (string Method, string Path, string Url)[] operations)
    {
        var paths = string.Join(",\n", operations.GroupBy(o => o.Path).Select(path =>
            $"\"{path.Key}\": {{ {string.Join(", ", path.Select(o => $"\"{o.Method}\": {{ \"operationId\": \"x\", \"x-xgen-docs-url\": \"{o.Url}\" }}"))} }}"));
        var file = Path.Combine(_folder, name);
        File.WriteAllText(file, $"{{ \"openapi\": \"3.0.1\", \"paths\": {{ {paths} }} }}");
        return file;
    }
}
