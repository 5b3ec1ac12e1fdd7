using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>The request log keeps what the server received, exactly, minus secrets.</summary>
public class RequestLogTests
{
    [Fact]
    public async Task TheLogKeepsTheRawTargetHeadersBodyStatusAndCaller()
    {
        await using var sim = await StartOpenAsync();
        sim.Clock.SetUtcNow(BeforeSunset);
        var group = sim.Data.AddGroup();
        var snapshot = group.AddFlexCluster("flex-1").AddSnapshot();
        using var http = HttpFor(sim);

        using (await GetAsync(http, FlexPath(group.Id, "flex-1") + "/snapshots?pretty=true&x=a%2Fb")) { }
        using (await PostAsync(http, FlexPath(group.Id, "flex-1") + "/download", $$"""{"snapshotId":"{{snapshot.Id}}"}""")) { }

        var log = sim.Requests;
        Assert.Equal(2, log.Count);
        Assert.Equal("GET", log[0].Method);
        Assert.Equal(FlexPath(group.Id, "flex-1") + "/snapshots?pretty=true&x=a%2Fb", log[0].Target);
        Assert.Equal(FlexPath(group.Id, "flex-1") + "/snapshots", log[0].Path);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", log[0].Headers["accept"]);
        Assert.Equal(200, log[0].StatusCode);
        Assert.Equal("anonymous", log[0].Caller);
        Assert.Equal(BeforeSunset, log[0].ReceivedAt);
        Assert.Null(log[0].Body);
        Assert.Equal($$"""{"snapshotId":"{{snapshot.Id}}"}""", log[1].Body);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", log[1].Headers["Content-Type"]);
    }

    [Fact]
    public async Task AuthorizationIsReducedToItsScheme()
    {
        await using var sim = await AtlasSimulator.StartAsync();
        using var http = HttpFor(sim);
        using var request = Request(HttpMethod.Get, "/api/atlas/v2/groups", FlexVersion);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "secret-token-value");

        using (await http.SendAsync(request)) { }

        var entry = Assert.Single(sim.Requests);
        Assert.Equal("Bearer [redacted]", entry.Headers["Authorization"]);
        Assert.Equal("Bearer", entry.AuthorizationScheme);
        Assert.Equal(401, entry.StatusCode);
        Assert.Null(entry.Caller);
    }

    [Fact]
    public async Task TheLogIsBoundedAndCanBeCleared()
    {
        await using var sim = await StartOpenAsync(o => o.RequestLogCapacity = 2);
        using var http = HttpFor(sim);
        foreach (var path in new[] { "/a", "/b", "/c" })
        {
            using (await http.GetAsync(path)) { }
        }

        Assert.Equal(new[] { "/b", "/c" }, sim.Requests.Select(r => r.Target));
        sim.ClearRequests();
        Assert.Empty(sim.Requests);
    }
}
