using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>One snapshot of a Flex cluster (schema <c>FlexBackupSnapshot20241113</c>).</summary>
/// <remarks>Schema <c>FlexBackupSnapshot20241113</c>: every field is read-only and optional, so every property is nullable.</remarks>
public sealed class FlexBackupSnapshot
{
    /// <summary>Unique 24-hexadecimal digit string that identifies the snapshot.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>When the download link no longer works (UTC).</summary>
    [JsonPropertyName("expiration")]
    public DateTimeOffset? Expiration { get; init; }

    /// <summary>When MongoDB Cloud completed writing this snapshot (UTC).</summary>
    [JsonPropertyName("finishTime")]
    public DateTimeOffset? FinishTime { get; init; }

    /// <summary>MongoDB host version that the snapshot runs.</summary>
    [JsonPropertyName("mongoDBVersion")]
    public string? MongoDBVersion { get; init; }

    /// <summary>When MongoDB Cloud will take the snapshot (UTC).</summary>
    [JsonPropertyName("scheduledTime")]
    public DateTimeOffset? ScheduledTime { get; init; }

    /// <summary>When MongoDB Cloud began taking the snapshot (UTC).</summary>
    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The snapshot's phase; unknown phases are kept, never rejected.</summary>
    [JsonPropertyName("status")]
    public SnapshotStatus? Status { get; init; }

    /// <summary>Links to related API resources.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<Link>? Links { get; init; }
}
