using System.Collections.Generic;
using System.Threading.Tasks;

namespace Atlas.Client.Testing;

/// <summary>
/// The twelve backup operations over <see cref="SimulatorData"/>: path checks (24-hexadecimal ids, cluster names),
/// then group, cluster and item lookup, each failure with the error code Atlas uses for it. The six operations of each
/// family are the same code; <see cref="BackupFamily{TSnapshot, TRestoreJob}"/> supplies the types and codes that differ.
/// </summary>
internal sealed class BackupEndpoints
{
    private readonly SimulatorData _data;
    private readonly SimulatorLinks _links;
    private readonly AtlasSimulatorOptions _options;

    public BackupEndpoints(SimulatorData data, SimulatorLinks links, AtlasSimulatorOptions options)
    {
        _data = data;
        _links = links;
        _options = options;
    }

    public Task<SimulatorAnswer> HandleAsync(ApiCall call)
    {
        var pathError = CheckPath(call);
        if (pathError is not null)
        {
            return Task.FromResult(call.Error(pathError));
        }

        if (!_data.TryGetGroup(call.GroupId, out var group))
        {
            return Task.FromResult(call.Error(ApiErrors.GroupNotFound(call.GroupId)));
        }

        if (call.Operation.IsTenant)
        {
            return group.TryGetTenantCluster(call.ClusterName, out var tenant)
                ? HandleAsync(call, tenant, BackupFamily.Tenant)
                : Task.FromResult(call.Error(ApiErrors.ClusterNotFound(call.ClusterName, call.GroupId)));
        }

        return group.TryGetFlexCluster(call.ClusterName, out var flex)
            ? HandleAsync(call, flex, BackupFamily.Flex)
            : Task.FromResult(call.Error(ApiErrors.ClusterNotFound(call.ClusterName, call.GroupId)));
    }

    private static ApiError? CheckPath(ApiCall call)
    {
        if (!ObjectIds.IsValid(call.GroupId))
        {
            return ApiErrors.InvalidGroupId(call.GroupId);
        }

        if (!ClusterNames.IsValid(call.ClusterName))
        {
            return ApiErrors.ClusterNameInvalid(call.ClusterName);
        }

        var item = call.ItemId;
        if (item is null || ObjectIds.IsValid(item))
        {
            return null;
        }

        return call.Operation.Kind == OperationKind.GetSnapshot ? ApiErrors.InvalidSnapshotId(item) : ApiErrors.InvalidJobId(item);
    }

    private async Task<SimulatorAnswer> HandleAsync<TSnapshot, TRestoreJob>(
        ApiCall call, SimulatedCluster<TSnapshot, TRestoreJob> cluster, BackupFamily<TSnapshot, TRestoreJob> family)
        where TSnapshot : class
        where TRestoreJob : class
    {
        switch (call.Operation.Kind)
        {
            case OperationKind.GetSnapshot:
                var snapshot = cluster.FindSnapshot(call.ItemId!);
                return snapshot is null
                    ? call.Error(family.SnapshotNotFound(call.ItemId!, cluster.Name))
                    : call.Entity(snapshot, family.SnapshotJson);
            case OperationKind.ListSnapshots:
                return Page(call, cluster.Snapshots, family.SnapshotPageJson);
            case OperationKind.GetRestoreJob:
                var job = cluster.FindRestoreJob(call.ItemId!);
                return job is null
                    ? call.Error(family.RestoreJobNotFound(call.ItemId!, cluster.Name))
                    : call.Entity(job, family.RestoreJobJson);
            case OperationKind.ListRestoreJobs:
                return Page(call, cluster.RestoreJobs, family.RestoreJobPageJson);
            default:
                var (request, error) = await NewJob.ReadAsync(call, _links);
                if (error is not null)
                {
                    return call.Error(error);
                }

                var source = cluster.FindSnapshot(request.SnapshotId);
                if (source is null)
                {
                    return call.Error(family.SnapshotNotFound(request.SnapshotId, cluster.Name));
                }

                // A download is complete at once; a restore moves from QUEUED through RUNNING to COMPLETED on the clock.
                var newJob = family.CreateRestoreJob(request, source, cluster.GroupId);
                var created = request.DeliveryType == RestoreDeliveryType.Download
                    ? cluster.AddRestoreJob(newJob)
                    : cluster.AddScheduledRestoreJob(newJob, new RestoreSchedule(call.Now, _options.RestoreQueueTime, _options.RestoreRunTime));
                return call.Entity(created, family.RestoreJobJson);
        }
    }

    private SimulatorAnswer Page<T>(ApiCall call, IReadOnlyList<T> items, System.Text.Json.Serialization.Metadata.JsonTypeInfo<AtlasPage<T>> typeInfo)
        => SimulatorAnswer.Page(Pages.Slice(items, call.Paging, call.Path, _links), typeInfo, call.Operation.Version, call.Pretty, call.Envelope);
}
