using System;
using System.Text.Json.Serialization.Metadata;

namespace Atlas.Client.Testing;

/// <summary>What differs between the tenant and the Flex backup operations: the models, their JSON metadata, the
/// not-found codes, and how a new restore job is built.</summary>
internal sealed class BackupFamily<TSnapshot, TRestoreJob>
{
    public BackupFamily(
        JsonTypeInfo<TSnapshot> snapshotJson, JsonTypeInfo<AtlasPage<TSnapshot>> snapshotPageJson,
        JsonTypeInfo<TRestoreJob> restoreJobJson, JsonTypeInfo<AtlasPage<TRestoreJob>> restoreJobPageJson,
        Func<string, string, ApiError> snapshotNotFound, Func<string, string, ApiError> restoreJobNotFound,
        Func<NewJob, TSnapshot, string, TRestoreJob> createRestoreJob)
    {
        SnapshotJson = snapshotJson;
        SnapshotPageJson = snapshotPageJson;
        RestoreJobJson = restoreJobJson;
        RestoreJobPageJson = restoreJobPageJson;
        SnapshotNotFound = snapshotNotFound;
        RestoreJobNotFound = restoreJobNotFound;
        CreateRestoreJob = createRestoreJob;
    }

    public JsonTypeInfo<TSnapshot> SnapshotJson { get; }

    public JsonTypeInfo<AtlasPage<TSnapshot>> SnapshotPageJson { get; }

    public JsonTypeInfo<TRestoreJob> RestoreJobJson { get; }

    public JsonTypeInfo<AtlasPage<TRestoreJob>> RestoreJobPageJson { get; }

    /// <summary>(snapshot id, cluster name) → the 404 for a missing snapshot.</summary>
    public Func<string, string, ApiError> SnapshotNotFound { get; }

    /// <summary>(restore job id, cluster name) → the 404 for a missing restore job.</summary>
    public Func<string, string, ApiError> RestoreJobNotFound { get; }

    /// <summary>(request, source snapshot, source group id) → the job to store.</summary>
    public Func<NewJob, TSnapshot, string, TRestoreJob> CreateRestoreJob { get; }
}

/// <summary>The two families.</summary>
internal static class BackupFamily
{
    public static BackupFamily<FlexBackupSnapshot, FlexBackupRestoreJob> Flex { get; } = new(
        WireJson.Context.FlexBackupSnapshot, WireJson.Context.AtlasPageFlexBackupSnapshot,
        WireJson.Context.FlexBackupRestoreJob, WireJson.Context.AtlasPageFlexBackupRestoreJob,
        ApiErrors.SnapshotNotFound, ApiErrors.RestoreJobNotFound,
        (job, snapshot, groupId) => new FlexBackupRestoreJob
        {
            Id = job.Id,
            DeliveryType = job.DeliveryType,
            ExpirationDate = job.ExpirationDate,
            SnapshotUrl = job.SnapshotUrl,
            Status = job.Status,
            SnapshotId = job.SnapshotId,
            SnapshotFinishedDate = snapshot.FinishTime,
            RestoreScheduledDate = job.RestoreScheduledDate,
            TargetDeploymentItemName = job.TargetDeploymentItemName,
            TargetProjectId = job.TargetProjectId(groupId),
        });

    public static BackupFamily<BackupTenantSnapshot, TenantRestore> Tenant { get; } = new(
        WireJson.Context.BackupTenantSnapshot, WireJson.Context.AtlasPageBackupTenantSnapshot,
        WireJson.Context.TenantRestore, WireJson.Context.AtlasPageTenantRestore,
        ApiErrors.TenantSnapshotNotFound, ApiErrors.TenantRestoreNotFound,
        (job, snapshot, groupId) => new TenantRestore
        {
            Id = job.Id,
            DeliveryType = job.DeliveryType,
            ExpirationDate = job.ExpirationDate,
            SnapshotUrl = job.SnapshotUrl,
            Status = job.Status,
            SnapshotId = job.SnapshotId,
            SnapshotFinishedDate = snapshot.FinishTime,
            RestoreScheduledDate = job.RestoreScheduledDate,
            TargetDeploymentItemName = job.TargetDeploymentItemName,
            TargetProjectId = job.TargetProjectId(groupId),
        });
}
