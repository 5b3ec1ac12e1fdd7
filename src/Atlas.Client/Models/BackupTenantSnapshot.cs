using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

// ATLAS0004 tells the library's users to move off this model. The library itself must keep defining it and its
// JSON metadata (AtlasJsonContext) for as long as it ships the tenant surface, so the rule is off for this assembly only.
[assembly: SuppressMessage("AtlasSunset", "ATLAS0004", Justification = "The runtime library defines and serializes the tenant model that ATLAS0004 warns its users about.")]

namespace Atlas.Client;

/// <summary>One snapshot of an M2 or M5 (tenant) cluster. The tenant endpoints were sunset by Atlas on 2026-01-22: use <see cref="FlexBackupSnapshot"/> and the Flex endpoints.</summary>
/// <remarks>Schema <c>BackupTenantSnapshot</c>: every field is read-only and optional, so every property is nullable.</remarks>
public sealed class BackupTenantSnapshot
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
