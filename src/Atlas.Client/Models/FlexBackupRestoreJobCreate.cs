using System;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// The request body that restores one snapshot of a Flex cluster (schema <c>FlexBackupRestoreJobCreate20241113</c>).
/// </summary>
/// <remarks>
/// The schema also lists the job's read-only fields (<c>id</c>, <c>status</c>, <c>deliveryType</c>, …); Atlas ignores them
/// in a request, so this type carries only the three fields a request can set. The answer is a
/// <see cref="FlexBackupRestoreJob"/>.
/// </remarks>
public sealed class FlexBackupRestoreJobCreate
{
    /// <summary>Creates the body with the two fields the spec requires.</summary>
    /// <param name="snapshotId">The 24-hexadecimal digit id of the snapshot to restore.</param>
    /// <param name="targetDeploymentItemName">The instance or cluster in the target project to restore into.</param>
    /// <exception cref="ArgumentException">A parameter is <see langword="null"/>, empty or white space.</exception>
    public FlexBackupRestoreJobCreate(string snapshotId, string targetDeploymentItemName)
    {
        _snapshotId = RequestArgument.NotBlank(snapshotId, nameof(snapshotId));
        _targetDeploymentItemName = RequestArgument.NotBlank(targetDeploymentItemName, nameof(targetDeploymentItemName));
    }

    private readonly string _snapshotId;
    private readonly string _targetDeploymentItemName;

    /// <summary>Unique 24-hexadecimal digit string that identifies the snapshot to restore (required).</summary>
    [JsonPropertyName("snapshotId")]
    public string SnapshotId
    {
        get => _snapshotId;
        init => _snapshotId = RequestArgument.NotBlank(value, nameof(SnapshotId));
    }

    /// <summary>
    /// The instance or cluster in the target project to restore into, a Flex or dedicated tier (required); pattern
    /// <c>^[\p{L}\p{N}\-_.(),:&amp;@+']{1,64}$</c>.
    /// </summary>
    [JsonPropertyName("targetDeploymentItemName")]
    public string TargetDeploymentItemName
    {
        get => _targetDeploymentItemName;
        init => _targetDeploymentItemName = RequestArgument.NotBlank(value, nameof(TargetDeploymentItemName));
    }

    /// <summary>
    /// Unique 24-hexadecimal digit string that identifies the project holding the target; omitted, Atlas restores into
    /// the source project.
    /// </summary>
    [JsonPropertyName("targetProjectId")]
    public string? TargetProjectId { get; init; }
}
