// Clean against the catalog built into the package; the test's atlas-api.json sunsets the first version and lacks the
// second operation.
using Atlas.Client;

namespace SpecConsumer;

[AtlasClient]
public partial interface IFlexList
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> ListAsync(string groupId, string name);

    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}", Version = "2024-08-05")]
    Task GetClusterAsync(string groupId, string clusterName);
}
