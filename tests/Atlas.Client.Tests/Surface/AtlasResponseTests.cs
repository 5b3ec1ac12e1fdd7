using System.Net;
using System.Text.Json.Nodes;
using Atlas.Client.Testing;
using Atlas.Client.Tests.Generated;
using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Surface;

/// <summary>Task&lt;AtlasResponse&lt;T&gt;&gt; and Task&lt;AtlasResponse&gt;: status, headers and value or error, never an exception for 4xx/5xx.</summary>
public sealed class AtlasResponseTests : IAsyncLifetime
{
    private SurfaceKit _kit = null!;
    private IFlexResponses _client = null!;

    public async Task InitializeAsync()
    {
        _kit = await SurfaceKit.StartAsync(options => options.RateLimit = new SimulatorRateLimit(2, TimeSpan.FromMinutes(1)));
        _client = new FlexResponsesClient(_kit.Http);
    }

    public async Task DisposeAsync() => await _kit.DisposeAsync();

    [Fact]
    public async Task ASuccessCarriesStatusValueAndRateLimitHeaders()
    {
        var snapshot = _kit.Flex.AddSnapshot();

        var response = await _client.GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, snapshot.Id!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.IsSuccessStatusCode);
        Assert.True(response.HasValue);
        Assert.Equal(snapshot.Id, response.Value!.Id);
        Assert.Same(response.Value, response.GetValueOrThrow());
        Assert.Equal(2, response.RateLimitLimit);
        Assert.Equal(1, response.RateLimitRemaining);
        Assert.Null(response.Error);
        Assert.Null(response.ErrorMessage);
        Assert.Null(response.DeprecationHeader);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", response.ContentHeaders!.ContentType!.MediaType);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", response.GetHeader("content-type"));
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ANotFoundIsReturnedWithItsParsedErrorAndThrowsOnlyWhenAskedTo()
    {
        var response = await _client.GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, "5f4e3d2c1b0a998877665544");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.IsSuccessStatusCode);
        Assert.False(response.HasValue);
        Assert.Null(response.Value);
        Assert.Equal("SNAPSHOT_NOT_FOUND", response.Error!.ErrorCode);
        Assert.Contains("IFlexResponses.GetFlexBackupAsync", response.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("AtlasResponse 404 NotFound: SNAPSHOT_NOT_FOUND", response.ToString());
        var thrown = Assert.Throws<AtlasApiException>(response.EnsureSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NotFound, thrown.StatusCode);
        Assert.Equal("SNAPSHOT_NOT_FOUND", thrown.ErrorCode);
        Assert.Equal(response.ErrorMessage, thrown.Message);
        Assert.Throws<AtlasApiException>(() => response.GetValueOrThrow());
    }

    [Fact]
    public async Task ARateLimitedAnswerCarriesRetryAfter()
    {
        var snapshot = _kit.Flex.AddSnapshot();
        for (var i = 0; i < 2; i++)
        {
            Assert.True((await _client.GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, snapshot.Id!)).IsSuccessStatusCode);
        }

        var limited = await _client.GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, snapshot.Id!);

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal("RATE_LIMITED", limited.Error!.ErrorCode);
        Assert.NotNull(limited.RetryAfter);
        Assert.True(limited.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task APageCanBeReadAsAResponseToo()
    {
        _kit.AddFlexSnapshots(2);

        var response = await _client.ListFlexBackupsAsync(_kit.GroupId, SurfaceKit.FlexName);

        Assert.Equal(2, response.GetValueOrThrow().TotalCount);
    }

    [Fact]
    public async Task AResponseWithoutAValueReportsSuccessAndFailureOfAPost()
    {
        var snapshot = _kit.Flex.AddSnapshot();

        var created = await _client.CreateFlexBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.FlexName, new FlexBackupRestoreJobCreate(snapshot.Id!, "target"));
        var rejected = await _client.CreateFlexBackupRestoreJobAsync(_kit.GroupId, "no-such-cluster", new FlexBackupRestoreJobCreate(snapshot.Id!, "target"));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Single(_kit.Flex.RestoreJobs);
        Assert.Equal(HttpStatusCode.NotFound, rejected.StatusCode);
        Assert.Equal("CLUSTER_NOT_FOUND", rejected.Error!.ErrorCode);
    }

    [Fact]
    public async Task AnHtmlErrorPageIsSummarisedInTheMessageNotParsed()
    {
        _kit.Simulator.Faults.Add(SimulatorFault.HtmlErrorPage(502));

        var response = await _client.GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, "5f4e3d2c1b0a998877665544");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Null(response.Error);
        Assert.Contains("(text/html", response.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("\"502 Bad Gateway Bad Gateway\"", response.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>", response.ErrorMessage, StringComparison.Ordinal);
    }

#pragma warning disable CS0618, ATLAS0002, ATLAS0004 // the tenant operation is sunset: its headers are the point
    [Fact]
    public async Task ATenantAnswerCarriesItsDeprecationAndSunsetHeaders()
    {
        var snapshot = _kit.Tenant.AddSnapshot();

        var response = await new TenantResponsesClient(_kit.Http).GetSharedClusterBackupAsync(_kit.GroupId, SurfaceKit.TenantName, snapshot.Id!);

        Assert.True(response.HasValue);
        Assert.NotNull(response.DeprecationHeader);
        Assert.Equal(new DateTimeOffset(2026, 1, 22, 0, 0, 0, TimeSpan.Zero), response.SunsetAt);
        Assert.NotNull(response.DeprecatedAt);
    }
#pragma warning restore CS0618, ATLAS0002, ATLAS0004

    [Fact]
    public async Task AnErrorInsideAnEnvelopeIsReturnedWithTheEnvelopedStatus()
    {
        // The simulator never envelopes errors; Atlas may, so a scripted server plays it.
        var envelope = new JsonObject { ["status"] = 404, ["content"] = JsonNode.Parse(SpecExamples.Error("notFound")) };
        await using var server = await LoopbackServer.StartAsync(Respond.Json(200, envelope.ToJsonString()));

        var response = await new FlexResponsesClient(server.CreateClient()).GetFlexBackupAsync("g", "n", "s", envelope: true);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("RESOURCE_NOT_FOUND", response.Error!.ErrorCode);
        Assert.False(response.HasValue);
    }

    [Fact]
    public async Task ATransportFailureStillThrows()
    {
        _kit.Simulator.Faults.Add(SimulatorFault.ResetConnection());

        var error = await Assert.ThrowsAnyAsync<HttpRequestException>(() => _client.GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, "5f4e3d2c1b0a998877665544"));

        Assert.IsNotType<AtlasApiException>(error);
    }
}
