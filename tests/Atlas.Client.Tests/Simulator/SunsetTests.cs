using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>Tenant endpoints: <c>Deprecation</c>/<c>Sunset</c> headers before 2026-01-22, <c>410 VERSION_GONE</c> from then on.</summary>
public class SunsetTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private string _tenantSnapshot = null!;
    private string _tenantBase = null!;
    private string _flexSnapshots = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _http = HttpFor(_sim);
        var group = _sim.Data.AddGroup();
        var snapshot = group.AddTenantCluster("m2-a").AddSnapshot();
        group.AddFlexCluster("flex-1");
        _tenantBase = TenantPath(group.Id, "m2-a");
        _tenantSnapshot = _tenantBase + "/snapshots/" + snapshot.Id;
        _flexSnapshots = FlexPath(group.Id, "flex-1") + "/snapshots";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task BeforeTheSunsetTenantAnswersCarryDeprecationAndSunsetHttpDates()
    {
        _sim.Clock.SetUtcNow(_sim.Options.TenantSunset.AddTicks(-1));

        using var response = await GetAsync(_http, _tenantSnapshot, TenantVersion);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Thu, 22 Jan 2026 00:00:00 GMT", Assert.Single(response.Headers.GetValues("Sunset")));
        Assert.Equal("Mon, 30 Jun 2025 00:00:00 GMT", Assert.Single(response.Headers.GetValues("Deprecation")));
    }

    [Fact]
    public async Task TenantErrorsBeforeTheSunsetCarryTheHeadersToo()
    {
        _sim.Clock.SetUtcNow(BeforeSunset);
        using var response = await GetAsync(_http, _tenantBase + "/snapshots/0123456789abcdef01234567", TenantVersion);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.Contains("Sunset"));
    }

    [Fact]
    public async Task FromTheSunsetOnTenantCallsAreVersionGone()
    {
        _sim.Clock.SetUtcNow(_sim.Options.TenantSunset);

        using var response = await GetAsync(_http, _tenantSnapshot, TenantVersion);

        var error = await AssertErrorAsync(response, 410, "VERSION_GONE");
        var path = _tenantSnapshot.TrimStart('/');
        Assert.Equal($"Version 2023-01-01 of {path} is no longer available.", error.Detail);
        Assert.Equal("Gone", error.Reason);
        Assert.Equal(new[] { "2023-01-01", path }, error.Parameters!.Select(p => p.GetString()));
        Assert.False(response.Headers.Contains("Deprecation"));
    }

    [Fact]
    public async Task TheDefaultClockIsRealTimeSoTheTenantEndpointsAreGoneOncePastTheSunset()
    {
        Assert.True(_sim.Clock.FollowsSystemClock);
        Assert.InRange(_sim.Clock.GetUtcNow(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        using var response = await GetAsync(_http, _tenantSnapshot, TenantVersion);

        var expected = DateTimeOffset.UtcNow >= _sim.Options.TenantSunset ? HttpStatusCode.Gone : HttpStatusCode.OK;
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task TheSunsetDateIsAnOption()
    {
        _sim.Clock.SetUtcNow(BeforeSunset);
        _sim.Options.TenantSunset = BeforeSunset.AddDays(-1);
        using var response = await GetAsync(_http, _tenantSnapshot, TenantVersion);
        await AssertErrorAsync(response, 410, "VERSION_GONE");
    }

    [Fact]
    public async Task FlexEndpointsAreNeitherDeprecatedNorGone()
    {
        _sim.Clock.SetUtcNow(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var response = await GetAsync(_http, _flexSnapshots);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Deprecation"));
        Assert.False(response.Headers.Contains("Sunset"));
    }
}
