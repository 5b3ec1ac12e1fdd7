using System.Net.Http.Json;
using Atlas.Client;

namespace Shop;

// Hand-written HttpClient calls, in every string form teams write URLs.
public sealed class RawCalls(HttpClient http)
{
    private const string Api = "/api/atlas/v2";

    public Task<HttpResponseMessage> OneAsync(string groupId, string cluster, string id)
        => http.GetAsync($"/api/atlas/v2/groups/{groupId}/flexClusters/{cluster}/backup/snapshots/{id}");

    public Task<string> ListAsync(string groupId)
        => http.GetStringAsync(@"api/atlas/v2/groups/" + groupId + "/flexClusters/Cluster0/backup/snapshots");

    public Task<HttpResponseMessage> RestoresAsync(string groupId)
        => http.GetAsync(new Uri($$"""{{Api}}/groups/{{groupId}}/flexClusters/Cluster0/backup/restoreJobs""", UriKind.Relative));

    public HttpRequestMessage Download(string groupId)
        => new(HttpMethod.Post, "https://cloud.mongodb.com/api/atlas/v2/groups/" + groupId + "/flexClusters/Cluster0/backup/download");

    public static readonly string Legacy = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/flexClusters/Cluster0/backup/snapshots";
}
