namespace Shop;

// A team that keeps its routes in constants. The one only a route uses is rewritten by ATLAS0001's migration with the
// method; the one other code uses too may serve more than this route, so the migration leaves it (and its method) to a
// person, and ATLAS0003 alone would leave the route's tenant version behind (see ATLAS0001's page).
public static class Routes
{
    public const string TenantSnapshot = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}";

    public const string TenantSnapshots = "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots";

    public static string Describe() => "lists " + TenantSnapshots;
}
