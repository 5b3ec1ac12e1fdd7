using System.Diagnostics;
using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>Injected faults do what they say, for the requests they match, as many times as asked.</summary>
public class FaultTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private string _snapshots = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _http = HttpFor(_sim);
        var group = _sim.Data.AddGroup();
        var cluster = group.AddFlexCluster("flex-1");
        for (var i = 0; i < 20; i++)
        {
            cluster.AddSnapshot();
        }

        _snapshots = FlexPath(group.Id, "flex-1") + "/snapshots";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task RespondReplacesTheAnswerOnceThenTheRequestIsServedNormally()
    {
        _sim.Faults.Add(SimulatorFault.Respond(503, "application/json", "{\"error\":503}", new Dictionary<string, string> { ["Retry-After"] = "7" }));

        using var faulted = await GetAsync(_http, _snapshots);
        using var normal = await GetAsync(_http, _snapshots);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), faulted.Headers.RetryAfter!.Delta);
        Assert.Equal("{\"error\":503}", await faulted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
    }

    [Fact]
    public async Task AFaultAppliesOnlyToMatchingPaths()
    {
        _sim.Faults.Add(SimulatorFault.HtmlErrorPage(), pathContains: "/restoreJobs", times: 2);

        using var snapshots = await GetAsync(_http, _snapshots);
        using var jobs = await GetAsync(_http, _snapshots.Replace("/snapshots", "/restoreJobs"));

        Assert.Equal(HttpStatusCode.OK, snapshots.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, jobs.StatusCode);
        Assert.Equal("text/html", jobs.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task MalformedJsonIsA200ThatDoesNotParse()
    {
        _sim.Faults.Add(SimulatorFault.MalformedJson());
        using var response = await GetAsync(_http, _snapshots);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(response.Content.ReadAsStringAsync().Result));
    }

    [Fact]
    public async Task ATruncatedBodyFailsTheReadAndIsLoggedWithItsStatus()
    {
        _sim.Faults.Add(SimulatorFault.TruncatedBody());
        using var response = await _http.SendAsync(Request(HttpMethod.Get, _snapshots, FlexVersion), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Logged as the answer started, so already there while the body is still coming (and after it broke).
        Assert.Equal(200, _sim.Requests.Last().StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsByteArrayAsync());
        Assert.Equal(200, Assert.Single(_sim.Requests).StatusCode);
    }

    [Fact]
    public async Task AResetDropsTheConnectionWithoutAnAnswer()
    {
        _sim.Faults.Add(SimulatorFault.ResetConnection());
        await Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(_http, _snapshots));
        Assert.Equal(0, _sim.Requests.Last().StatusCode);
    }

    [Fact]
    public async Task DelayHoldsTheAnswerBack()
    {
        _sim.Faults.Add(SimulatorFault.Delay(TimeSpan.FromMilliseconds(300)));
        var watch = Stopwatch.StartNew();
        using var response = await GetAsync(_http, _snapshots);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task SlowBodyPausesMidBodyAndStillDeliversAllOfIt()
    {
        _sim.Faults.Add(SimulatorFault.SlowBody(TimeSpan.FromMilliseconds(300)));
        // Timed from the send, not from the headers: on a loaded machine the continuation after the headers can itself
        // start late enough to swallow the pause. That the pause falls between the halves of the body (so that
        // HttpClient.Timeout must cover the body) is proven by the reliability fault matrix's "slow body" cases.
        var watch = Stopwatch.StartNew();
        using var response = await _http.SendAsync(Request(HttpMethod.Get, _snapshots, FlexVersion), HttpCompletionOption.ResponseHeadersRead);
        var page = System.Text.Json.JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot)!;
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"body read in {watch.Elapsed}");
        Assert.Equal(20, page.Results.Count);
    }

    [Fact]
    public async Task ClearRemovesPendingFaults()
    {
        _sim.Faults.Add(SimulatorFault.ResetConnection(), times: int.MaxValue);
        _sim.Faults.Clear();
        using var response = await GetAsync(_http, _snapshots);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void BadFaultArgumentsAreRefusedNamingTheParameter()
    {
        Assert.Equal("statusCode", Assert.Throws<ArgumentOutOfRangeException>(() => SimulatorFault.Respond(42, null, "")).ParamName);
        Assert.Equal("delay", Assert.Throws<ArgumentOutOfRangeException>(() => SimulatorFault.Delay(TimeSpan.FromSeconds(-1))).ParamName);
        Assert.Equal("times", Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Faults.Add(SimulatorFault.TruncatedBody(), times: 0)).ParamName);
        Assert.Equal("fault", Assert.Throws<ArgumentNullException>(() => _sim.Faults.Add(null!)).ParamName);
    }
}
