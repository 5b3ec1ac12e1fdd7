using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>Past the configured rate: <c>429 RATE_LIMITED</c> with <c>Retry-After</c>; <c>RateLimit-*</c> headers on answers.</summary>
public class RateLimitTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private string _snapshots = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync(o => o.RateLimit = new SimulatorRateLimit(3, TimeSpan.FromMinutes(1)));
        _sim.Clock.SetUtcNow(BeforeSunset);
        _http = HttpFor(_sim);
        var group = _sim.Data.AddGroup();
        group.AddFlexCluster("flex-1");
        _snapshots = FlexPath(group.Id, "flex-1") + "/snapshots";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task TheBucketEmptiesThenAnswers429WithRetryAfterUntilItRefills()
    {
        for (var remaining = 2; remaining >= 0; remaining--)
        {
            using var ok = await GetAsync(_http, _snapshots);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("3", Assert.Single(ok.Headers.GetValues("RateLimit-Limit")));
            Assert.Equal(remaining.ToString(), Assert.Single(ok.Headers.GetValues("RateLimit-Remaining")));
        }

        using (var limited = await GetAsync(_http, _snapshots))
        {
            var error = await AssertErrorAsync(limited, 429, "RATE_LIMITED");
            Assert.Equal(TimeSpan.FromSeconds(20), limited.Headers.RetryAfter!.Delta); // one token per 60 s / 3
            Assert.Equal("0", Assert.Single(limited.Headers.GetValues("RateLimit-Remaining")));
            Assert.Equal($"Resource {_snapshots.TrimStart('/')} is limited to 3 requests every 1 minutes.", error.Detail);
        }

        _sim.Clock.Advance(TimeSpan.FromSeconds(19));
        using (var stillLimited = await GetAsync(_http, _snapshots))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stillLimited.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), stillLimited.Headers.RetryAfter!.Delta);
        }

        _sim.Clock.Advance(TimeSpan.FromSeconds(1));
        using var again = await GetAsync(_http, _snapshots);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task ErrorAnswersCountAndCarryTheHeadersToo()
    {
        using var notFound = await GetAsync(_http, _snapshots + "/0123456789abcdef01234567");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("2", Assert.Single(notFound.Headers.GetValues("RateLimit-Remaining")));
    }

    [Fact]
    public async Task WithoutALimitThereAreNoRateLimitHeaders()
    {
        _sim.Options.RateLimit = null;
        for (var i = 0; i < 5; i++)
        {
            using var response = await GetAsync(_http, _snapshots);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("RateLimit-Limit"));
        }
    }

    [Fact]
    public void ALimitMustBePositive()
    {
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatorRateLimit(0, TimeSpan.FromSeconds(1))).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatorRateLimit(1, TimeSpan.Zero)).ParamName);
    }
}
