using System.Net;
using System.Net.Http.Headers;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>A missing or unknown version in <c>Accept</c> is <c>406 INVALID_VERSION_DATE</c>, as Atlas answers it.</summary>
public class VersionTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private string _flexSnapshots = null!;
    private string _tenantSnapshots = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _sim.Clock.SetUtcNow(BeforeSunset);
        _http = HttpFor(_sim);
        var group = _sim.Data.AddGroup();
        group.AddFlexCluster("flex-1");
        group.AddTenantCluster("m2-a");
        _flexSnapshots = FlexPath(group.Id, "flex-1") + "/snapshots";
        _tenantSnapshots = TenantPath(group.Id, "m2-a") + "/snapshots";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/vnd.atlas.2023-01-01+json")] // the tenant version on a Flex path
    [InlineData("application/vnd.atlas.2025-03-12+json")]
    [InlineData("application/vnd.atlas.yesterday+json")]
    public async Task AFlexCallWithoutItsVersionIsNotAcceptable(string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _flexSnapshots);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await _http.SendAsync(request);

        var error = await AssertErrorAsync(response, 406, "INVALID_VERSION_DATE");
        Assert.Equal("Invalid accept header or version date.", error.Detail);
        Assert.Equal("Not Acceptable", error.Reason);
        Assert.Empty(error.Parameters!);
    }

    [Fact]
    public async Task ATenantCallWithTheFlexVersionIsNotAcceptable()
    {
        using var response = await GetAsync(_http, _tenantSnapshots, FlexVersion);
        await AssertErrorAsync(response, 406, "INVALID_VERSION_DATE");
    }

    [Fact]
    public async Task TheVersionMayBeOneOfSeveralMediaRanges()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _flexSnapshots);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.atlas.2024-11-13+json", 0.9));

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EachFamilyAnswersWithItsOwnVersion()
    {
        using var flex = await GetAsync(_http, _flexSnapshots, FlexVersion);
        using var tenant = await GetAsync(_http, _tenantSnapshots, TenantVersion);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", flex.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/vnd.atlas.2023-01-01+json", tenant.Content.Headers.ContentType!.MediaType);
    }
}
