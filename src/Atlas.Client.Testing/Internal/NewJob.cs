using System;
using System.Threading.Tasks;

namespace Atlas.Client.Testing;

/// <summary>
/// A restore or download job asked for by one of the four POST operations, read from its body and checked as the spec's
/// request schema says. A Flex download (<c>FlexBackupSnapshotDownloadCreate</c>) needs only <c>snapshotId</c>; a
/// tenant download reuses <c>TenantRestore</c>, which also requires <c>targetDeploymentItemName</c> (kept and answered
/// back, as the schema requires it in the answer too); a restore needs both and starts <c>QUEUED</c>. A download
/// completes at once with a link valid for four hours.
/// </summary>
internal sealed class NewJob
{
    private static readonly TimeSpan DownloadLinkLifetime = TimeSpan.FromHours(4); // "remains active for four hours"

    private readonly bool _download;
    private readonly string _targetProjectId;

    private NewJob(bool download, string snapshotId, string? target, string targetProjectId, DateTimeOffset now, SimulatorLinks links)
    {
        _download = download;
        _targetProjectId = targetProjectId;
        Id = ObjectIds.New();
        SnapshotId = snapshotId;
        TargetDeploymentItemName = target;
        DeliveryType = download ? RestoreDeliveryType.Download : RestoreDeliveryType.Restore;
        Status = download ? RestoreJobStatus.Completed : RestoreJobStatus.Queued;
        ExpirationDate = download ? now + DownloadLinkLifetime : null;
        SnapshotUrl = download ? links.SnapshotDownloadUrl(Id) : null;
        RestoreScheduledDate = download ? null : now;
    }

    public string Id { get; }

    public string SnapshotId { get; }

    public string? TargetDeploymentItemName { get; }

    public RestoreDeliveryType DeliveryType { get; }

    public RestoreJobStatus Status { get; }

    public DateTimeOffset? ExpirationDate { get; }

    public string? SnapshotUrl { get; }

    public DateTimeOffset? RestoreScheduledDate { get; }

    /// <summary>The target project of a restore: the one named, else the source group. A download has none.</summary>
    public string? TargetProjectId(string sourceGroupId) => _download ? null : _targetProjectId.Length > 0 ? _targetProjectId : sourceGroupId;

    public static async Task<(NewJob Job, ApiError? Error)> ReadAsync(ApiCall call, SimulatorLinks links)
    {
        var download = call.Operation.Kind == OperationKind.Download;
        var (body, error) = await JsonBody.ReadAsync(call.Context);
        using (body)
        {
            var snapshotId = string.Empty;
            string? target = null;
            var targetProject = string.Empty;
            error ??= body!.RequiredId("snapshotId", out snapshotId);
            if (error is null && (!download || call.Operation.IsTenant))
            {
                error = body!.RequiredDeploymentName("targetDeploymentItemName", out var name);
                target = name;
            }

            if (error is null && !download)
            {
                error = body!.OptionalId("targetProjectId", out targetProject);
            }

            return (new NewJob(download, snapshotId, target, targetProject, call.Now, links), error);
        }
    }
}
