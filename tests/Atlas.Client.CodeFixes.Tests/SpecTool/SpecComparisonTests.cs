using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.SpecTool;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests.SpecTool;

/// <summary>
/// What <c>dotnet atlas-spec</c> calls a change: every kind, matched by shape as the analyzers merge a spec (a renamed
/// placeholder is the same operation), in a fixed order.
/// </summary>
public class SpecComparisonTests
{
    [Fact]
    public void Every_kind_of_change_is_found_once_and_in_order()
    {
        var before = new[]
        {
            Op("GET", "/api/atlas/v2/groups/{groupId}/a", "getA", false, ("2023-01-01", null), ("2024-05-30", "2026-01-01")),
            Op("GET", "/api/atlas/v2/groups/{groupId}/b", "getB", true, ("2023-01-01", "2025-06-01")),
            Op("GET", "/api/atlas/v2/groups/{groupId}/c", "getC", false, ("2023-01-01", null)),
            Op("POST", "/api/atlas/v2/groups/{groupId}/d", "createD", false, ("2023-01-01", null)),
        };
        var after = new[]
        {
            Op("GET", "/api/atlas/v2/groups/{projectId}/a", "getGroupA", true, ("2023-01-01", "2026-09-01"), ("2024-05-30", "2026-03-01"), ("2025-01-01", null)),
            Op("GET", "/api/atlas/v2/groups/{groupId}/b", "getB", false, ("2024-01-01", null)),
            Op("GET", "/api/atlas/v2/groups/{groupId}/c", "getC", false, ("2023-01-01", null)),
            Op("GET", "/api/atlas/v2/groups/{groupId}/e", "getE", false, ("preview", null)),
        };

        var changes = SpecComparison.Compare(before, after).Select(c => $"{c.Kind} {c.Operation} {c.OperationId}: {c.Detail}");

        Assert.Equal(
            new[]
            {
                "Removed POST /api/atlas/v2/groups/{groupId}/d createD: gone from the new spec",
                "NewSunset GET /api/atlas/v2/groups/{projectId}/a getGroupA: 2023-01-01 sunset 2026-09-01",
                "SunsetMoved GET /api/atlas/v2/groups/{projectId}/a getGroupA: 2024-05-30 sunset 2026-01-01 → 2026-03-01",
                "Deprecated GET /api/atlas/v2/groups/{projectId}/a getGroupA: now deprecated",
                "Undeprecated GET /api/atlas/v2/groups/{groupId}/b getB: no longer deprecated",
                "VersionDropped GET /api/atlas/v2/groups/{groupId}/b getB: 2023-01-01",
                "VersionAdded GET /api/atlas/v2/groups/{groupId}/b getB: 2024-01-01",
                "VersionAdded GET /api/atlas/v2/groups/{projectId}/a getGroupA: 2025-01-01",
                "Renamed GET /api/atlas/v2/groups/{projectId}/a getGroupA: operationId getA → getGroupA",
                "Added GET /api/atlas/v2/groups/{groupId}/e getE: new, versions preview",
            },
            changes);
    }

    [Fact]
    public void A_withdrawn_sunset_is_its_own_change_and_equal_specs_have_none()
    {
        var dated = Op("GET", "/api/atlas/v2/groups/{groupId}/a", "getA", false, ("2023-01-01", "2026-01-01"));
        var undated = Op("GET", "/api/atlas/v2/groups/{groupId}/a", "getA", false, ("2023-01-01", null));

        var change = Assert.Single(SpecComparison.Compare(new[] { dated }, new[] { undated }));

        Assert.Equal(SpecChangeKind.SunsetWithdrawn, change.Kind);
        Assert.Equal("2023-01-01 no longer sunset (was 2026-01-01)", change.Detail);
        Assert.Empty(SpecComparison.Compare(new[] { dated }, new[] { dated }));
    }

    private static SpecOperation Op(string method, string path, string id, bool deprecated, params (string Version, string? Sunset)[] versions)
        => new(method, path, id, null, deprecated, versions.Select(v => new SpecVersion(v.Version, v.Sunset)).ToArray(), removedBy: null);
}
