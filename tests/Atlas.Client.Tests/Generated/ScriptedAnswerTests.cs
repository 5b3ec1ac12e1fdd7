using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Atlas.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// The two foundation endpoints against a scripted loopback server, for what needs exact control of the bytes: the
/// spec's own example bodies, answers Atlas does not normally give (an envelope without content, an error inside an
/// envelope, a proxy's HTML page, an empty or foreign error body, a JSON null, unknown values) and cancellation in
/// the middle of a body. Atlas's normal behaviour is tested against the simulator (<see cref="SnapshotEndpointTests"/>).
/// </summary>
public sealed class ScriptedAnswerTests
{
    private const string GroupId = "32b6e34b3d91647abb20e7b8";
    private const string SnapshotId = "5f4e3d2c1b0a998877665544";
    private const string FlexFile = "getFlexBackup.openapi-subset.2025-06-30.json";
    private const string TenantFile = "getSharedClusterBackup.openapi-subset.2025-06-30.json";

    [Fact]
    public async Task TheSpecsExampleBodiesAreRead()
    {
        // The simulator serializes the library's own models; only the spec's example proves the documented wire shape.
        var flexBody = SpecExamples.SuccessBody(FlexFile, "FlexBackupSnapshot20241113");
        var tenantBody = SpecExamples.SuccessBody(TenantFile, "BackupTenantSnapshot");
        await using var flexServer = await LoopbackServer.StartAsync(Respond.Ok(flexBody.ToJsonString(), "2024-11-13"));
        await using var tenantServer = await LoopbackServer.StartAsync(Respond.Ok(tenantBody.ToJsonString(), "2023-01-01"));

        var flex = await new FlexSnapshotsClient(flexServer.CreateClient()).GetFlexBackupAsync(GroupId, "flex-1", SnapshotId);
#pragma warning disable CS0618 // the tenant model is obsolete: this proves the client still reads it
        var tenant = await new TenantSnapshotsClient(tenantServer.CreateClient()).GetSharedClusterBackupAsync(GroupId, "m2-cluster", SnapshotId);
#pragma warning restore CS0618

        Assert.Equal(flexBody["id"]!.GetValue<string>(), flex.Id);
        Assert.Equal(SnapshotStatus.Completed, flex.Status);
        Assert.Equal(new DateTimeOffset(2024, 11, 13, 10, 15, 30, TimeSpan.Zero), flex.FinishTime);
        Assert.Equal("https://cloud.mongodb.com/api/atlas", Assert.Single(flex.Links!).Href);
        Assert.Equal(tenantBody["id"]!.GetValue<string>(), tenant.Id);
        Assert.Equal("8.0.4", tenant.MongoDBVersion);
    }

    [Fact]
    public async Task EnvelopeWithoutContentIsReadAsTheEntityItself()
    {
        // A server that ignores envelope=true answers with the bare entity, whose own "status" is a string.
        var body = SpecExamples.SuccessBody(FlexFile, "FlexBackupSnapshot20241113");
        await using var server = await LoopbackServer.StartAsync(Respond.Ok(body.ToJsonString(), "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var snapshot = await client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId, envelope: true);

        Assert.Equal(SnapshotStatus.Completed, snapshot.Status);
        Assert.EndsWith("?envelope=true", Assert.Single(server.Requests).RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnErrorInsideAnEnvelopeThrowsWithItsStatus()
    {
        var envelope = new JsonObject { ["status"] = 404, ["content"] = JsonNode.Parse(SpecExamples.Error("notFound")) };
        await using var server = await LoopbackServer.StartAsync(Respond.Json(200, envelope.ToJsonString()));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId, envelope: true));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("RESOURCE_NOT_FOUND", error.ErrorCode);
    }

    [Theory]
    [InlineData(400, "badRequest", "VALIDATION_ERROR", "Bad Request")]
    [InlineData(401, "unauthorized", "NOT_ORG_GROUP_CREATOR", "Unauthorized")]
    [InlineData(403, "forbidden", "CANNOT_CHANGE_GROUP_NAME", "Forbidden")]
    [InlineData(404, "notFound", "RESOURCE_NOT_FOUND", "Not Found")]
    [InlineData(500, "internalServerError", "UNEXPECTED_ERROR", "Internal Server Error")]
    public async Task SpecErrorsBecomeAtlasApiExceptionsWithTheParsedError(int status, string response, string errorCode, string reason)
    {
        var body = SpecExamples.Error(response);
        await using var server = await LoopbackServer.StartAsync(Respond.Json(status, body));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(JsonNode.Parse(body)!["detail"]!.GetValue<string>(), error.Detail);
        Assert.Equal(status, error.Error!.Error);
        Assert.Contains(errorCode, error.Message, StringComparison.Ordinal);
        Assert.Contains($"{status} ", error.Message, StringComparison.Ordinal);
        Assert.Contains("IFlexSnapshots.GetFlexBackupAsync", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<HttpRequestException>(error);
    }

    [Fact]
    public async Task AnHtmlPageFromAProxyIsSummarisedByStatusContentTypeSizeAndAShortExcerpt()
    {
        var page = "<html><head><title>502 Bad Gateway</title><style>h1 { font: 2em serif }</style><script>track();</script></head>"
                   + "<body><!-- upstream: 10.0.0.7 --><h1>Bad&nbsp;Gateway</h1>\n\n   <p>" + new string('x', 5000) + "</p></body></html>";
        await using var server = await LoopbackServer.StartAsync(Respond.Json(502, page, "text/html"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Null(error.ErrorCode);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(page).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(
            error.Message.Contains($"with a body that is not an Atlas error (text/html, {bytes} bytes): \"502 Bad Gateway Bad Gateway xxx", StringComparison.Ordinal),
            error.Message);
        var excerpt = error.Message[(error.Message.IndexOf(": \"", StringComparison.Ordinal) + 3)..error.Message.LastIndexOf("…\"", StringComparison.Ordinal)];
        Assert.Equal(200, excerpt.Length);
        foreach (var markup in new[] { "<", "font", "track", "10.0.0.7", "&nbsp;" })
        {
            Assert.DoesNotContain(markup, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACredentialAnErrorPageEchoesBackIsMaskedInTheExcerpt()
    {
        const string echoed = "<html><body><pre>GET / HTTP/1.1\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.sig\n</pre></body></html>";
        await using var server = await LoopbackServer.StartAsync(Respond.Json(400, echoed, "text/html"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));

        Assert.Contains("Authorization: Bearer [redacted]", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJhbGciOiJSUzI1NiJ9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyErrorBodySaysSo()
    {
        await using var server = await LoopbackServer.StartAsync(context => { context.Response.StatusCode = 503; return Task.CompletedTask; });
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJsonObjectThatIsNotAnApiErrorIsShownNotParsed()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(429, "{\"message\":\"slow down\"}"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));

        Assert.Null(error.Error);
        Assert.Contains("{\"message\":\"slow down\"}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStatusAndUnknownPropertiesAreKept()
    {
        var body = SpecExamples.SuccessBody(FlexFile, "FlexBackupSnapshot20241113");
        body["status"] = "ARCHIVED";
        body["somethingNew"] = new JsonObject { ["nested"] = 1 };
        await using var server = await LoopbackServer.StartAsync(Respond.Ok(body.ToJsonString(), "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var snapshot = await client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId);

        Assert.Equal("ARCHIVED", snapshot.Status!.Value.Value);
        Assert.False(snapshot.Status.Value.IsKnown);
    }

    [Fact]
    public async Task CancellationStopsAWaitingCall()
    {
        await using var server = await LoopbackServer.StartAsync(async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        var client = new FlexSnapshotsClient(server.CreateClient());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId, cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task CancellationWhileReadingTheBodyStopsTheCall()
    {
        using var cancellation = new CancellationTokenSource();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"");
            await context.Response.Body.FlushAsync();
            await cancellation.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        var client = new FlexSnapshotsClient(server.CreateClient());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId, cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task AJsonNullForANonNullableResultIsAnErrorAndForANullableOneIsNull()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(200, "null"));
        IFlexSnapshots flex = new FlexSnapshotsClient(server.CreateClient());
        IEcho echo = new EchoClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<JsonException>(() => flex.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));
        Assert.Contains("FlexBackupSnapshot?", error.Message, StringComparison.Ordinal);
        Assert.Null(await echo.MaybeAsync());
    }

    [Fact]
    public async Task ATaskMethodSucceedsOnNoContentAndThrowsOnAnError()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(context =>
            Interlocked.Increment(ref calls) == 1
                ? Task.FromResult(context.Response.StatusCode = 204)
                : Respond.Json(404, SpecExamples.Error("notFound"))(context));
        IEcho echo = new EchoClient(server.CreateClient());

        await echo.DeleteAsync("abc");
        var error = await Assert.ThrowsAsync<AtlasApiException>(() => echo.DeleteAsync("abc"));

        Assert.Equal("DELETE", server.Requests.First().Method);
        Assert.Equal("/echo/abc", server.Requests.First().RawTarget);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }
}
