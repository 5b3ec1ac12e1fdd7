using Atlas.Client;

namespace Shop;

// Not tenant endpoints: routes the spec-aware checks find wrong.
[AtlasClient]
public partial interface IClusters
{
    // ATLAS0101: 2023-01-01 of this operation was sunset on 2025-01-01.
    [Get("/api/atlas/v2/federationSettings/{federationSettingsId}/identityProviders/{identityProviderId}", Version = "2023-01-01")]
    Task<AtlasResponse> GetIdentityProviderAsync(string federationSettingsId, string identityProviderId, CancellationToken cancellationToken = default);

    // ATLAS0103: the operation offers no such version (Atlas answers 406).
    [Get("/api/atlas/v2/groups/{groupId}/clusters", Version = "2022-02-02")]
    Task<AtlasResponse> ListClustersAsync(string groupId, CancellationToken cancellationToken = default);

    // ATLAS0104: a typo in a path segment.
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{clusterName}/backup/snapshot", Version = "2024-11-13")]
    Task<AtlasResponse> GetClusterAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);

    // ATLAS1004: no version at all.
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots")]
    Task<AtlasResponse> ListBackupSnapshotsAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);
}
