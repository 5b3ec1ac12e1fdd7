using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// One restore job of a Flex cluster (schema <c>FlexBackupRestoreJob20241113</c>): the answer of the Flex restore-job
/// endpoints and of the Flex download endpoint.
/// </summary>
/// <remarks>Every field is read-only and optional, so every property is nullable.</remarks>
public sealed class FlexBackupRestoreJob
{
    /// <summary>Unique 24-hexadecimal digit string that identifies the restore job.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>How the snapshot is returned: restored into a cluster or offered as a download.</summary>
    [JsonPropertyName("deliveryType")]
    public RestoreDeliveryType? DeliveryType { get; init; }

    /// <summary>When the download link no longer works (UTC).</summary>
    [JsonPropertyName("expirationDate")]
    public DateTimeOffset? ExpirationDate { get; init; }

    /// <summary>Human-readable label that identifies the source instance.</summary>
    [JsonPropertyName("instanceName")]
    public string? InstanceName { get; init; }

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

    /// <summary>Unique 24-hexadecimal digit string that identifies the snapshot restored.</summary>
    [JsonPropertyName("snapshotId")]
    public string? SnapshotId { get; init; }

    /// <summary>Where the compressed snapshot can be downloaded; present when the delivery type is <c>DOWNLOAD</c>.</summary>
    [JsonPropertyName("snapshotUrl")]
    public string? SnapshotUrl { get; init; }

    /// <summary>The phase of the restore workflow; unknown phases are kept, never rejected.</summary>
    [JsonPropertyName("status")]
    public RestoreJobStatus? Status { get; init; }

    /// <summary>The instance or cluster in the target project the snapshot is restored into.</summary>
    [JsonPropertyName("targetDeploymentItemName")]
    public string? TargetDeploymentItemName { get; init; }

    /// <summary>Unique 24-hexadecimal digit string that identifies the project holding the target.</summary>
    [JsonPropertyName("targetProjectId")]
    public string? TargetProjectId { get; init; }

    /// <summary>Links to related API resources.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<Link>? Links { get; init; }
}
