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

    /// <summary>The snapshot read as a response: a 4xx/5xx is returned, not thrown.</summary>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<AtlasResponse<FlexBackupSnapshot>> GetFlexBackupResponseAsync(string groupId, string name, string snapshotId,
        bool? envelope = null, CancellationToken cancellationToken = default);

    /// <summary>Every snapshot, page after page.</summary>
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    IAsyncEnumerable<FlexBackupSnapshot> EnumerateFlexBackupsAsync(string groupId, string name, int? itemsPerPage = null,
        CancellationToken cancellationToken = default);

    /// <summary>A [Body] POST: the body is written by the request, and written again when Digest asks for the one retry.</summary>
    [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> CreateFlexBackupRestoreJobAsync(string groupId, string name, [Body] FlexBackupRestoreJobCreate restoreJob,
        CancellationToken cancellationToken = default);

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

    /// <summary>A [Body] method: its route is escaped like any other, and its body carries a value of its own.</summary>
    [Post("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/restores", Version = "2023-01-01")]
    Task<ProbeAnswer> BodyAsync(string groupId, string clusterName, [Body] ProbeAnswer probe, CancellationToken cancellationToken = default);

    /// <summary>A page walk: every page's query is built again, with pageNum and itemsPerPage beside the caller's values.</summary>
    [Get("/api/atlas/v2/groups/{groupId}/search", Version = "2023-01-01")]
    IAsyncEnumerable<ProbeAnswer> WalkAsync(string groupId, string? term = null, int? itemsPerPage = null, CancellationToken cancellationToken = default);
}
#pragma warning restore ATLAS0104

/// <summary>The scripted server's answer to <see cref="IHostileProbe"/>.</summary>
public sealed class ProbeAnswer
{
    public string? Seen { get; init; }
}

[JsonSerializable(typeof(ProbeAnswer))]
[JsonSerializable(typeof(AtlasPage<ProbeAnswer>))]
internal sealed partial class ProbeJsonContext : JsonSerializerContext
{
}
