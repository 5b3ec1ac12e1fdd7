namespace Shop;

// An API link kept as a string, alone in its file: rewritten to the Flex path.
public static class Links
{
    public const string Snapshots = "/api/atlas/v2/groups/g1/clusters/c1/backup/tenant/snapshots";

    public static string For(string groupId) => $"/api/atlas/v2/groups/{groupId}/clusters/c1/backup/tenant/snapshots";
}
