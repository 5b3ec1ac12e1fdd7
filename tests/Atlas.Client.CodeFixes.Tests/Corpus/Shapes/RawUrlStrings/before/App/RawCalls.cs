using System.Net.Http.Json;
using Atlas.Client;

namespace Shop;

// Hand-written HttpClient calls, in every string form teams write URLs.
public sealed class RawCalls(HttpClient http)
{
    private const string Api = "/api/atlas/v2";

    public Task<HttpResponseMessage> OneAsync(string groupId, string cluster, string id)
        => http.GetAsync($"/api/atlas/v2/groups/{groupId}/clusters/{cluster}/backup/tenant/snapshots/{id}");

    public Task<string> ListAsync(string groupId)
        => http.GetStringAsync(@"api/atlas/v2/groups/" + groupId + "/clusters/Cluster0/backup/tenant/snapshots");

    public Task<HttpResponseMessage> RestoresAsync(string groupId)
        => http.GetAsync(new Uri($$"""{{Api}}/groups/{{groupId}}/clusters/Cluster0/backup/tenant/restores""", UriKind.Relative));

    public HttpRequestMessage Download(string groupId)
        => new(HttpMethod.Post, "https://cloud.mongodb.com/api/atlas/v2/groups/" + groupId + "/clusters/Cluster0/backup/tenant/download");

    public static readonly string Legacy = "/api/atlas/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/Cluster0/backup/tenant/snapshots";
}
