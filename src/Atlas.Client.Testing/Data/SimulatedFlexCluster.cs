using System;
using System.Collections.Generic;

namespace Atlas.Client.Testing;

/// <summary>A Flex cluster, served by the six Flex backup endpoints (version 2024-11-13).</summary>
public sealed class SimulatedFlexCluster : SimulatedCluster<FlexBackupSnapshot, FlexBackupRestoreJob>
{
    internal SimulatedFlexCluster(string groupId, string name, SimulatorLinks links, SimulatorClock clock)
        : base(groupId, name, links, clock)
    {
    }

    private protected override string? SnapshotIdOf(FlexBackupSnapshot? snapshot) => snapshot?.Id;

    private protected override string? RestoreJobIdOf(FlexBackupRestoreJob restoreJob) => restoreJob.Id;

    private protected override FlexBackupSnapshot NormalizeSnapshot(FlexBackupSnapshot? s, string id)
    {
        var times = SnapshotTimes.Default(Clock.GetUtcNow());
        return new FlexBackupSnapshot
        {
            Id = id,
            Expiration = s is null ? times.Expiration : s.Expiration,
            FinishTime = s is null ? times.Finish : s.FinishTime,
            MongoDBVersion = s is null ? SnapshotTimes.MongoDBVersion : s.MongoDBVersion,
            ScheduledTime = s is null ? times.Scheduled : s.ScheduledTime,
            StartTime = s is null ? times.Start : s.StartTime,
            Status = s is null ? SnapshotStatus.Completed : s.Status,
            Links = s?.Links ?? Links.Self(Links.FlexSnapshot(GroupId, Name, id)),
        };
    }

    private protected override RestoreJobStatus? StatusOf(FlexBackupRestoreJob restoreJob) => restoreJob.Status;

    private protected override FlexBackupRestoreJob WithPhase(FlexBackupRestoreJob restoreJob, RestoreJobStatus status, DateTimeOffset? finishedAt)
        => Copy(restoreJob, restoreJob.Id!, status, finishedAt);

    private protected override FlexBackupRestoreJob NormalizeRestoreJob(FlexBackupRestoreJob restoreJob, string id)
        => Copy(restoreJob, id, restoreJob.Status, restoreJob.RestoreFinishedDate);

    private FlexBackupRestoreJob Copy(FlexBackupRestoreJob j, string id, RestoreJobStatus? status, DateTimeOffset? finishedAt) => new()
    {
        Id = id,
        DeliveryType = j.DeliveryType,
        ExpirationDate = j.ExpirationDate,
        InstanceName = j.InstanceName ?? Name,
        ProjectId = j.ProjectId ?? GroupId,
        RestoreFinishedDate = finishedAt,
        RestoreScheduledDate = j.RestoreScheduledDate,
        SnapshotFinishedDate = j.SnapshotFinishedDate,
        SnapshotId = j.SnapshotId,
        SnapshotUrl = j.SnapshotUrl,
        Status = status,
        TargetDeploymentItemName = j.TargetDeploymentItemName,
        TargetProjectId = j.TargetProjectId,
        Links = j.Links ?? Links.Self(Links.FlexRestoreJob(GroupId, Name, id)),
    };
}
