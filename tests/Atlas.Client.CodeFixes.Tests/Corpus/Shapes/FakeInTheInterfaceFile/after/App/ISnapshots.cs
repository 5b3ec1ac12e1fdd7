using Atlas.Client;

namespace Shop;

[AtlasClient]
public partial interface ISnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupSnapshot>> ListFlexBackupsAsync(string groupId, string name, CancellationToken cancellationToken = default);
}

/// <summary>An in-memory stand-in, kept next to the contract so it changes with it.</summary>
public sealed class InMemorySnapshots(params FlexBackupSnapshot[] snapshots) : ISnapshots
{
    Task<AtlasPage<FlexBackupSnapshot>> ISnapshots.ListFlexBackupsAsync(string groupId, string name, CancellationToken cancellationToken)
        => Task.FromResult(new AtlasPage<FlexBackupSnapshot> { Results = snapshots, TotalCount = snapshots.Length });
}
