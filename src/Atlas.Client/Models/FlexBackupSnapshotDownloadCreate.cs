using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// The request body that asks for a download link to one snapshot of a Flex cluster
/// (schema <c>FlexBackupSnapshotDownloadCreate20241113</c>). The answer is a <see cref="FlexBackupRestoreJob"/> whose
/// <see cref="FlexBackupRestoreJob.SnapshotUrl"/> stays valid for four hours.
/// </summary>
/// <remarks>The schema's other field, <c>links</c>, is read-only: Atlas ignores it in a request.</remarks>
public sealed class FlexBackupSnapshotDownloadCreate
{
    /// <summary>Creates the body.</summary>
    /// <param name="snapshotId">The 24-hexadecimal digit id of the snapshot to download.</param>
    /// <exception cref="System.ArgumentException"><paramref name="snapshotId"/> is <see langword="null"/>, empty or white space.</exception>
    public FlexBackupSnapshotDownloadCreate(string snapshotId) => _snapshotId = RequestArgument.NotBlank(snapshotId, nameof(snapshotId));

    private readonly string _snapshotId;

    /// <summary>Unique 24-hexadecimal digit string that identifies the snapshot to download (required).</summary>
    [JsonPropertyName("snapshotId")]
    public string SnapshotId
    {
        get => _snapshotId;
        init => _snapshotId = RequestArgument.NotBlank(value, nameof(SnapshotId));
    }
}
