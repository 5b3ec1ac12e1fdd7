using System.Text.Json.Serialization;

namespace Atlas.Client.Reliability.Tests;

// The clients the run-time parts call, generated on this project's build exactly as in a user's project.

/// <summary>The Flex snapshot endpoints, in every return shape the pipeline has a path for.</summary>
[AtlasClient]
public partial interface IFlexProbe
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
        bool? envelope = null, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    ValueTask<FlexBackupSnapshot?> FindFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    Task<AtlasPage<FlexBackupSnapshot>> ListFlexBackupsAsync(string groupId, string name,
        bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, CancellationToken cancellationToken = default);

    /// <summary>A Task-returning method (no result to read): the scripted server answers it.</summary>
#pragma warning disable ATLAS0104 // Atlas has no such DELETE; the probe needs a Task-returning method, and only the scripted server is called with it
    [Delete("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task DeleteFlexBackupAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);
#pragma warning restore ATLAS0104
}

/// <summary>Every kind of route and query value, against a server that records what arrived.</summary>
#pragma warning disable ATLAS0104 // shapes of routes (whole segments, a segment shared with literal text, a query), not Atlas operations: only the scripted server is called
[AtlasClient(JsonContext = typeof(ProbeJsonContext))]
public partial interface IHostileProbe
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/logs/{logName}.gz", Version = "2023-01-01")]
    Task<ProbeAnswer> ThreeSegmentsAsync(string groupId, string clusterName, string logName, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}:pin", Version = "2023-01-01")]
    Task<ProbeAnswer> SegmentPartAsync(string groupId, string clusterName, CancellationToken cancellationToken = default);

    [Get("/api/atlas/v2/groups/{groupId}/search", Version = "2023-01-01")]
    Task<ProbeAnswer> QueryAsync(string groupId, string? name = null, [Query("itemsPerPage")] int? size = null, string? term = null,
        bool? envelope = null, CancellationToken cancellationToken = default);
}
#pragma warning restore ATLAS0104

/// <summary>The scripted server's answer to <see cref="IHostileProbe"/>.</summary>
public sealed class ProbeAnswer
{
    public string? Seen { get; init; }
}

[JsonSerializable(typeof(ProbeAnswer))]
internal sealed partial class ProbeJsonContext : JsonSerializerContext
{
}
