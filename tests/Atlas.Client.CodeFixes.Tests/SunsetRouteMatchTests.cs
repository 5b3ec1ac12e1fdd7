using Atlas.Client.CodeFixes;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.Generators.Catalog;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>The path-shape matcher and the edits that take a matched text to its Flex replacement.</summary>
public class SunsetRouteMatchTests
{
    [Theory]
    [InlineData("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", "getSharedClusterBackup")]
    [InlineData("/api/atlas/v2/groups/{}/clusters/{}/backup/tenant/snapshots/{}", "getSharedClusterBackup")]
    [InlineData("https://cloud.mongodb.com/api/atlas/v2/groups/a/clusters/b/backup/tenant/snapshots", "listSharedClusterBackups")]
    [InlineData("HTTP://localhost:8080/api/atlas/v1.0/groups/a/clusters/b/backup/tenant/download#frag", "downloadSharedClusterBackup")]
    [InlineData("//api/atlas/v2//groups/a/clusters/b/backup/tenant/restore/", "createSharedClusterBackupRestoreJob")]
    [InlineData("{}/groups/a/clusters/b/backup/tenant/restores?pageNum=1", "listSharedClusterBackupRestoreJobs")]
    [InlineData("groups/a/clusters/b/backup/tenant/restores/c", "getSharedClusterBackupRestoreJob")]
    public void Matches_every_form_of_a_tenant_path(string text, string operation)
        => Assert.Equal(operation, SunsetRouteMatch.TryMatch(text)?.Operation.OperationId);

    [Theory]
    [InlineData("/api/atlas/v2/groups/a/flexClusters/b/backup/snapshots/c")]
    [InlineData("/api/atlas/v2/groups/a/clusters/b/backup/tenant")]
    [InlineData("/api/atlas/v2/groups/a/clusters/b/backup/tenant/snapshots/c/d")]
    [InlineData("/api/atlas/v3/groups/a/clusters/b/backup/tenant/snapshots")]
    [InlineData("/prefix/more/groups/a/clusters/b/backup/tenant/snapshots")]
    [InlineData("/api/atlas/v2/groups/a/clusters/b/backup/{tenant}/snapshots")]
    [InlineData("tenant snapshots")]
    [InlineData("")]
    public void Rejects_other_shapes(string text) => Assert.Null(SunsetRouteMatch.TryMatch(text));

    [Theory]
    [InlineData("Service calls /x for tenant {}", false)]
    [InlineData("tenants/", false)]
    [InlineData("/multitenant/", false)]
    [InlineData("/backup/tenant/", true)]
    [InlineData("tenant/snapshots", true)]
    [InlineData("/backup/tenant", true)]
    [InlineData("tenant", true)]
    [InlineData("/tenant?x=1", true)]
    public void Cheap_prefilter_wants_the_marker_as_a_whole_segment(string text, bool mayMatch)
        => Assert.Equal(mayMatch, SunsetRouteMatch.MayMatch(text));

    [Theory]
    [InlineData("/api/atlas/v1.0/groups/{g}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", true,
        "/api/atlas/v2/groups/{g}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}")]
    [InlineData("/api/atlas/v1.0/groups/{g}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", false,
        "/api/atlas/v2/groups/{g}/flexClusters/{clusterName}/backup/restoreJobs/{restoreId}")]
    [InlineData("https://h/api/atlas/v2/groups/x//clusters/y/backup/tenant/download?pretty=true", true,
        "https://h/api/atlas/v2/groups/x//flexClusters/y/backup/download?pretty=true")]
    public void Edits_change_only_the_differing_segments(string text, bool renamePlaceholders, string expected)
    {
        var match = SunsetRouteMatch.TryMatch(text)!;
        var renames = renamePlaceholders ? FlexRouteEdits.PlaceholderNames(match.Pattern).Where(p => p.Tenant != p.Flex).ToDictionary(p => p.Tenant, p => p.Flex) : null;
        var edits = FlexRouteEdits.Compute(match, renames)!;
        var result = text;
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            result = result[..edit.Start] + edit.NewText + result[edit.End..];
        }

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Every_sunset_rule_is_a_catalog_entry_whose_replacement_has_as_many_placeholders()
    {
        foreach (var sunset in Atlas.Client.Shared.SunsetCatalog.Operations)
        {
            var pattern = SunsetRouteMatch.TryMatch(sunset.Path)!.Pattern;
            Assert.Same(sunset, pattern.Operation);
            Assert.Equal(sunset.ReplacementPath, pattern.Spec.Replacement!.Path);
            Assert.Equal(pattern.Segments.Count(SunsetReplacementPaths.IsPlaceholder), pattern.ReplacementSegments.Count(SunsetReplacementPaths.IsPlaceholder));
        }

        Assert.Equal(["tenant"], Atlas.Client.Generators.Catalog.SpecCatalog.Index.SunsetMarkers);
    }

    /// <summary>
    /// The generator (which names a replacement in the descriptor of a method Atlas answers 410 for) and the analyzers
    /// (ATLAS0001/0002) ask one rule: for every rule of the catalog, the same request is the same operation to both.
    /// </summary>
    [Fact]
    public void The_generator_and_the_analyzers_read_a_request_by_one_rule()
    {
        foreach (var sunset in Atlas.Client.Shared.SunsetCatalog.Operations)
        {
            var match = SunsetRouteMatch.TryMatch(sunset.Path, sunset.Method, sunset.Version)!;
            Assert.Same(sunset, match.Operation);
            Assert.True(match.MethodMatches);
            Assert.Same(sunset, CatalogRule.SunsetOf(sunset.Method, sunset.Path, sunset.Version));

            // Placeholder names and the method's letter case do not matter to either.
            Assert.Same(sunset, CatalogRule.SunsetOf(sunset.Method.ToLowerInvariant(), sunset.Path.Replace("{groupId}", "{projectId}"), sunset.Version));

            // A sunset path is gone for every method: the analyzers still flag another method on it, the generator
            // does not name a replacement for an operation that is not this one.
            var otherMethod = sunset.Method == "GET" ? "DELETE" : "GET";
            Assert.False(SunsetRouteMatch.TryMatch(sunset.Path, otherMethod, sunset.Version)!.MethodMatches);
            Assert.Null(CatalogRule.SunsetOf(otherMethod, sunset.Path, sunset.Version));

            // Every version of a tenant operation is sunset, so a version the catalog does not list changes nothing.
            Assert.Same(sunset, CatalogRule.SunsetOf(sunset.Method, sunset.Path, "2099-01-01"));
        }
    }

    [Fact]
    public void A_version_the_catalog_offers_without_a_sunset_date_is_not_sunset()
    {
        // No tenant operation has a live version today; a catalog where one does (as a project's newer spec might say).
        var rule = Atlas.Client.Shared.SunsetCatalog.Operations[0];
        var op = new SpecOperation(rule.Method, rule.Path, rule.OperationId, null, deprecated: true,
            [new SpecVersion(rule.Version, rule.SunsetDate), new SpecVersion("2025-05-05", null)], removedBy: null) { Sunset = rule };
        var catalog = new SpecRouteIndex([op]);

        Assert.Same(rule, SunsetRouteMatch.TryMatch(rule.Path, rule.Method, rule.Version, catalog)?.Operation);
        Assert.Same(rule, SunsetRouteMatch.TryMatch(rule.Path, rule.Method, version: null, catalog)?.Operation);
        Assert.Same(rule, SunsetRouteMatch.TryMatch(rule.Path, rule.Method, "2099-01-01", catalog)?.Operation);
        Assert.Null(SunsetRouteMatch.TryMatch(rule.Path, rule.Method, "2025-05-05", catalog));
    }
}
