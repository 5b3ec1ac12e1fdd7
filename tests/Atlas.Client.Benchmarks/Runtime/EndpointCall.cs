namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>The arguments every client under measurement is called with, and the request they must produce.</summary>
internal static class EndpointCall
{
    /// <summary>The spec's example project id (parameter <c>groupId</c>).</summary>
    public const string GroupId = "32b6e34b3d91647abb20e7b8";

    /// <summary>A cluster name matching <c>^[a-zA-Z0-9][a-zA-Z0-9-]*$</c>.</summary>
    public const string ClusterName = "Cluster0";

    /// <summary>A snapshot id matching <c>^([a-f0-9]{24})$</c>.</summary>
    public const string SnapshotId = "6523b2a4fd2f9b0e3c1a77d5";

    public static readonly Uri BaseAddress = new("https://cloud.mongodb.com/");

    public static Uri SeedUri => new(BaseAddress, $"/api/atlas/v2/groups/{GroupId}/clusters/{ClusterName}/backup/tenant/snapshots/{SnapshotId}");

    public static Uri FlexUri => new(BaseAddress, $"/api/atlas/v2/groups/{GroupId}/flexClusters/{ClusterName}/backup/snapshots/{SnapshotId}");
}
