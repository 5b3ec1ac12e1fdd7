using System.Net.Http.Headers;
using Atlas.Client.Testing;

namespace Atlas.Client.Tests.Auth;

/// <summary>A simulator that knows one API key pair and one service account, with a Flex cluster to call.</summary>
internal sealed class AuthTestKit : IAsyncDisposable
{
    public const string PublicKey = "pub-key-1234";
    public const string PrivateKey = "priv-SECRET-5f1c9a7e-do-not-leak";
    public const string ClientId = "mdb_sa_id_0123456789abcdef";
    public const string ClientSecret = "mdb_sa_sk_SECRET-9e8d7c6b-do-not-leak";

    private AuthTestKit(AtlasSimulator simulator, string snapshotsPath, string snapshotId)
    {
        Simulator = simulator;
        SnapshotsPath = snapshotsPath;
        SnapshotId = snapshotId;
    }

    public AtlasSimulator Simulator { get; }

    /// <summary><c>/api/atlas/v2/groups/{g}/flexClusters/flex-1/backup/snapshots</c>.</summary>
    public string SnapshotsPath { get; }

    public string SnapshotId { get; }

    public int TokenRequests => Simulator.Requests.Count(r => r.Path == "/api/oauth/token");

    public int ApiRequests => Simulator.Requests.Count(r => r.Path.StartsWith("/api/atlas/", StringComparison.Ordinal));

    public static async Task<AuthTestKit> StartAsync(Action<AtlasSimulatorOptions>? configure = null)
    {
        var options = new AtlasSimulatorOptions().AddApiKey(PublicKey, PrivateKey).AddServiceAccount(ClientId, ClientSecret);
        configure?.Invoke(options);
        var simulator = await AtlasSimulator.StartAsync(options);
        var group = simulator.Data.AddGroup();
        var snapshot = group.AddFlexCluster("flex-1").AddSnapshot();
        return new AuthTestKit(simulator, $"/api/atlas/v2/groups/{group.Id}/flexClusters/flex-1/backup/snapshots", snapshot.Id!);
    }

    public static HttpRequestMessage Get(string pathAndQuery)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.atlas.2024-11-13+json"));
        return request;
    }

    public async Task<HttpResponseMessage> ListAsync(HttpClient http) => await http.SendAsync(Get(SnapshotsPath));

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}
