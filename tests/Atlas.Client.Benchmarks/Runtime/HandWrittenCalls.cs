using System.Net.Http.Headers;
using System.Net.Http.Json;

#pragma warning disable CS0618 // the tenant model is obsolete for users; the benchmark measures the seed endpoint on purpose

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// The baseline: the call a careful developer writes by hand with nothing but HttpClient and the library's JSON
/// metadata. Escaped path, one Accept header, ResponseHeadersRead, a status check, stream deserialization.
/// </summary>
internal static class HandWrittenCalls
{
    public static async Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(
        HttpClient http, string groupId, string clusterName, string snapshotId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"/api/atlas/v2/groups/{Uri.EscapeDataString(groupId)}/clusters/{Uri.EscapeDataString(clusterName)}/backup/tenant/snapshots/{Uri.EscapeDataString(snapshotId)}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.atlas.2023-01-01+json"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(AtlasJsonContext.Default.BackupTenantSnapshot, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Atlas answered with the JSON value null.");
    }

    public static async Task<FlexBackupSnapshot> GetFlexBackupAsync(
        HttpClient http, string groupId, string name, string snapshotId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"/api/atlas/v2/groups/{Uri.EscapeDataString(groupId)}/flexClusters/{Uri.EscapeDataString(name)}/backup/snapshots/{Uri.EscapeDataString(snapshotId)}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.atlas.2024-11-13+json"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(AtlasJsonContext.Default.FlexBackupSnapshot, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Atlas answered with the JSON value null.");
    }
}
