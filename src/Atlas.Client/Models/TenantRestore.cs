using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// A restore or download job of an M2 or M5 (tenant) cluster (schema <c>TenantRestore</c>): the answer of the tenant
/// restore, download and restore-job endpoints, and the request body of the tenant restore and download endpoints.
/// The tenant endpoints were sunset by Atlas on 2026-01-22: use <see cref="FlexBackupRestoreJob"/> and the Flex endpoints.
/// </summary>
/// <remarks>
/// As a request body only <see cref="SnapshotId"/> and <see cref="TargetDeploymentItemName"/> (both required by the spec)
/// and <see cref="TargetProjectId"/> are read by Atlas; every other field is read-only. No field is required in an
/// answer, so every property is nullable.
/// </remarks>
public sealed class TenantRestore
{
    /// <summary>Unique 24-hexadecimal digit string that identifies the restore job.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Human-readable label that identifies the source cluster.</summary>
    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; init; }

    /// <summary>How the snapshot is returned: restored into a cluster or offered as a download.</summary>
    [JsonPropertyName("deliveryType")]
    public RestoreDeliveryType? DeliveryType { get; init; }

    /// <summary>When the download link no longer works (UTC).</summary>
    [JsonPropertyName("expirationDate")]
    public DateTimeOffset? ExpirationDate { get; init; }

    /// <summary>Unique 24-hexadecimal digit string that identifies the project the restore job originated from.</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>When MongoDB Cloud completed the restore; the job's status then becomes <c>CLOSED</c> (UTC).</summary>
    [JsonPropertyName("restoreFinishedDate")]
    public DateTimeOffset? RestoreFinishedDate { get; init; }

    /// <summary>When MongoDB Cloud will restore the snapshot (UTC).</summary>
    [JsonPropertyName("restoreScheduledDate")]
    public DateTimeOffset? RestoreScheduledDate { get; init; }

    /// <summary>When MongoDB Cloud completed writing the snapshot (UTC).</summary>
    [JsonPropertyName("snapshotFinishedDate")]
    public DateTimeOffset? SnapshotFinishedDate { get; init; }

    /// <summary>Unique 24-hexadecimal digit string that identifies the snapshot to restore (required in a request).</summary>
    [JsonPropertyName("snapshotId")]
    public string? SnapshotId { get; init; }

    /// <summary>Where the compressed snapshot can be downloaded; present when the delivery type is <c>DOWNLOAD</c>.</summary>
    [JsonPropertyName("snapshotUrl")]
    public string? SnapshotUrl { get; init; }

    /// <summary>The phase of the restore workflow; unknown phases are kept, never rejected.</summary>
    [JsonPropertyName("status")]
    public RestoreJobStatus? Status { get; init; }

    /// <summary>
    /// The cluster in the target project to restore into, an M2 or greater (required in a request); pattern
    /// <c>^[\p{L}\p{N}\-_.(),:&amp;@+']{1,64}$</c>.
    /// </summary>
    [JsonPropertyName("targetDeploymentItemName")]
    public string? TargetDeploymentItemName { get; init; }

    /// <summary>Unique 24-hexadecimal digit string that identifies the project holding the target cluster.</summary>
    [JsonPropertyName("targetProjectId")]
    public string? TargetProjectId { get; init; }

    /// <summary>Links to related API resources.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<Link>? Links { get; init; }
}
