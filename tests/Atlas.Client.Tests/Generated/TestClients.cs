using System.Text.Json.Serialization;

namespace Atlas.Client.Tests.Generated;

// The clients the run-time tests call: declared here, implemented by the generator referenced as an Analyzer,
// exactly as a user's project gets them from the package.

[AtlasClient]
public partial interface IFlexSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
        bool? envelope = null, CancellationToken cancellationToken = default);
}

#pragma warning disable CS0618 // the tenant endpoint is sunset: these tests prove what a client still does with it
[AtlasClient]
public partial interface ITenantSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    ValueTask<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
        bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);
}
#pragma warning restore CS0618

/// <summary>Every route and query shape the generator supports, against a server that echoes what it received.</summary>
[AtlasClient(JsonContext = typeof(EchoJsonContext))]
internal partial interface IEcho
{
    [Get("/echo/{text}/items/{id}/{uid}", Version = "2024-01-01")]
    Task<EchoResult> RouteAsync(string text, long id, Guid uid, CancellationToken cancellationToken = default);

    [Get("/echo/{clusterName}:pin/{logName}.gz", Version = "2024-01-01")]
    Task<EchoResult> SegmentPartsAsync(string clusterName, string logName, CancellationToken cancellationToken = default);

    [Get("/echo/query", Version = "2024-01-01")]
    Task<EchoResult> QueryAsync(
        [Query("pageNum")] int? page = null,
        bool? includeCount = null,
        string? name = null,
        double? ratio = null,
        decimal? amount = null,
        DateTimeOffset? since = null,
        Guid? id = null,
        [Query("a b&c")] string? odd = null,
        CancellationToken cancellationToken = default);

    [Delete("/echo/{id}", Version = "2024-01-01")]
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    [Get("/echo/nullable", Version = "2024-01-01")]
    Task<EchoResult?> MaybeAsync(CancellationToken cancellationToken = default);

    [Post("/echo/body", Version = "2024-01-01")]
    Task<EchoResult> PostAsync([Body] EchoBody body, CancellationToken cancellationToken = default);
}

/// <summary>Operations Atlas publishes as a preview (issue 15): one that offers nothing else, one with a body.</summary>
[AtlasClient(JsonContext = typeof(EchoJsonContext))]
internal partial interface IPreviewApi
{
    [Get("/api/atlas/v2/defaultGroupLimits/{limitName}", Version = "preview")]
    Task<EchoResult> GetDefaultGroupLimitAsync(string limitName, CancellationToken cancellationToken = default);

    [Post("/api/atlas/v2/groups/{groupId}/aiModelApiKeys", Version = "preview")]
    Task<EchoResult> CreateModelApiKeyAsync(string groupId, [Body] EchoBody body, CancellationToken cancellationToken = default);
}

/// <summary>A body with a number, which JSON cannot carry when it is NaN or infinite.</summary>
public sealed class EchoBody
{
    public double Ratio { get; init; }
}

/// <summary>What the echo server saw.</summary>
public sealed class EchoResult
{
    public string? Method { get; init; }

    public string? RawTarget { get; init; }

    public string? Accept { get; init; }
}

[JsonSerializable(typeof(EchoResult))]
[JsonSerializable(typeof(EchoBody))]
internal sealed partial class EchoJsonContext : JsonSerializerContext
{
}
