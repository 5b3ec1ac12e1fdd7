using System;

namespace Atlas.Client.Testing;

/// <summary>An M2/M5 (tenant) cluster, served by the six tenant backup endpoints (version 2023-01-01, sunset).</summary>
public sealed class SimulatedTenantCluster : SimulatedCluster<BackupTenantSnapshot, TenantRestore>
{
    internal SimulatedTenantCluster(string groupId, string name, SimulatorLinks links, SimulatorClock clock)
        : base(groupId, name, links, clock)
    {
    }

    private protected override string? SnapshotIdOf(BackupTenantSnapshot? snapshot) => snapshot?.Id;

    private protected override string? RestoreJobIdOf(TenantRestore restoreJob) => restoreJob.Id;

    private protected override BackupTenantSnapshot NormalizeSnapshot(BackupTenantSnapshot? s, string id)
    {
        var times = SnapshotTimes.Default(Clock.GetUtcNow());
        return new BackupTenantSnapshot
        {
            Id = id,
            Expiration = s is null ? times.Expiration : s.Expiration,
            FinishTime = s is null ? times.Finish : s.FinishTime,
            MongoDBVersion = s is null ? SnapshotTimes.MongoDBVersion : s.MongoDBVersion,
            ScheduledTime = s is null ? times.Scheduled : s.ScheduledTime,
            StartTime = s is null ? times.Start : s.StartTime,
            Status = s is null ? SnapshotStatus.Completed : s.Status,
            Links = s?.Links ?? Links.Self(Links.TenantSnapshot(GroupId, Name, id)),
        };
    }

    private protected override RestoreJobStatus? StatusOf(TenantRestore restoreJob) => restoreJob.Status;

    private protected override TenantRestore WithPhase(TenantRestore restoreJob, RestoreJobStatus status, DateTimeOffset? finishedAt)
        => Copy(restoreJob, restoreJob.Id!, status, finishedAt);

    private protected override TenantRestore NormalizeRestoreJob(TenantRestore restoreJob, string id)
        => Copy(restoreJob, id, restoreJob.Status, restoreJob.RestoreFinishedDate);

    private TenantRestore Copy(TenantRestore r, string id, RestoreJobStatus? status, DateTimeOffset? finishedAt) => new()
    {
        Id = id,
        ClusterName = r.ClusterName ?? Name,
        DeliveryType = r.DeliveryType,
        ExpirationDate = r.ExpirationDate,
        ProjectId = r.ProjectId ?? GroupId,
        RestoreFinishedDate = finishedAt,
        RestoreScheduledDate = r.RestoreScheduledDate,
        SnapshotFinishedDate = r.SnapshotFinishedDate,
        SnapshotId = r.SnapshotId,
        SnapshotUrl = r.SnapshotUrl,
        Status = status,
        // The spec's TenantRestore requires it in every answer; a job a test adds without one names this cluster.
        TargetDeploymentItemName = r.TargetDeploymentItemName ?? Name,
        TargetProjectId = r.TargetProjectId,
        Links = r.Links ?? Links.Self(Links.TenantRestoreJob(GroupId, Name, id)),
    };
}
