namespace Shop;

// A team that keeps its routes in constants: the constant serves an [AtlasClient] route, so rewriting it alone
// would leave the route's tenant version and models behind. Both fixes leave it to a person (see ATLAS0001's page).
public static class Routes
{
    public const string TenantSnapshot = "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}";
}
