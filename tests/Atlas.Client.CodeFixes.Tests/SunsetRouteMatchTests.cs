using Atlas.Client.CodeFixes;
using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.CodeFixes.Migration;
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
            Assert.Equal(pattern.Segments.Count(SunsetRoutePattern.IsPlaceholder), pattern.ReplacementSegments.Count(SunsetRoutePattern.IsPlaceholder));
        }

        Assert.Equal(["tenant"], Atlas.Client.Generators.Analyzers.Spec.SpecCatalog.Index.SunsetMarkers);
    }
}
