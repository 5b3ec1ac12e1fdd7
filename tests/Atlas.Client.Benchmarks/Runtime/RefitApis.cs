using Refit;

#pragma warning disable CS0618 // the tenant model is obsolete for users; the benchmark measures the seed endpoint on purpose

namespace Atlas.Client.Benchmarks.Runtime;

// Refit's attributes are written qualified: inside namespace Atlas.Client.*, [Get] and [Query] bind to ours.

/// <summary>The seed endpoint as a Refit 16.4.0 user writes it (same parameters as our interface: optional envelope/pretty).</summary>
public interface IRefitTenantSnapshots
{
    [Refit.Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}")]
    [Refit.Headers("Accept: application/vnd.atlas.2023-01-01+json")]
    Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(
        string groupId, string clusterName, string snapshotId,
        [Refit.Query] bool? envelope = null, [Refit.Query] bool? pretty = null, CancellationToken cancellationToken = default);
}

/// <summary>getFlexBackup as a Refit 16.4.0 user writes it.</summary>
public interface IRefitFlexSnapshots
{
    [Refit.Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}")]
    [Refit.Headers("Accept: application/vnd.atlas.2024-11-13+json")]
    Task<FlexBackupSnapshot> GetFlexBackupAsync(
        string groupId, string name, string snapshotId,
        [Refit.Query] bool? envelope = null, CancellationToken cancellationToken = default);
}

/// <summary>Refit's generated-only clients with System.Text.Json over our source-generated context (no reflection).</summary>
internal static class RefitClients
{
    public static T Create<T>(HttpClient http)
        => RestService.ForGenerated<T>(http, new RefitSettings(SystemTextJsonContentSerializer.ForContext(AtlasJsonContext.Default)));
}
