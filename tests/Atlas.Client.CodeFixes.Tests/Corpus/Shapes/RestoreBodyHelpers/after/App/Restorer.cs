using Atlas.Client;

namespace Shop;

public sealed class Restorer(IRestores api)
{
    // The body built in a helper with a target-typed new and a third field.
    private static FlexBackupRestoreJobCreate Request(string snapshotId, string target, string? project)
        => new(snapshotId, target) { TargetProjectId = project };

    public async Task<string?> RestoreAsync(string groupId, string cluster, string snapshotId)
    {
        var job = await api.CreateRestoreAsync(groupId, cluster, Request(snapshotId, "target-cluster", null));
        return job.Id;
    }

    public async Task<IReadOnlyList<string>> SourcesAsync(string groupId, string cluster)
    {
        var page = await api.ListRestoresAsync(groupId, cluster);
        return page.Results.Select(j => j.InstanceName ?? "?").ToList();
    }
}
