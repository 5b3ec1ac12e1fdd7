using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Atlas.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>The two foundation endpoints through generated clients, a real HttpClient and a loopback server answering with the spec's bodies.</summary>
public sealed class SnapshotEndpointTests
{
    private const string GroupId = "32b6e34b3d91647abb20e7b8";
    private const string SnapshotId = "5f4e3d2c1b0a998877665544";
    private const string FlexFile = "getFlexBackup.openapi-subset.2025-06-30.json";
    private const string TenantFile = "getSharedClusterBackup.openapi-subset.2025-06-30.json";

    [Fact]
    public async Task FlexSnapshotIsReadWithTheVersionedAcceptHeader()
    {
        var body = SpecExamples.SuccessBody(FlexFile, "FlexBackupSnapshot20241113");
        await using var server = await LoopbackServer.StartAsync(Respond.Ok(body.ToJsonString(), "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var snapshot = await client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId);

        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/api/atlas/v2/groups/{GroupId}/flexClusters/flex-1/backup/snapshots/{SnapshotId}", request.RawTarget);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", request.Accept);
        Assert.Equal(body["id"]!.GetValue<string>(), snapshot.Id);
        Assert.Equal(SnapshotStatus.Completed, snapshot.Status);
        Assert.Equal(new DateTimeOffset(2024, 11, 13, 10, 15, 30, TimeSpan.Zero), snapshot.FinishTime);
        Assert.Equal("https://cloud.mongodb.com/api/atlas", Assert.Single(snapshot.Links!).Href);
    }

    [Fact]
    public async Task TenantSnapshotIsUnwrappedFromItsEnvelope()
    {
        var entity = SpecExamples.SuccessBody(TenantFile, "BackupTenantSnapshot");
        var envelope = new JsonObject { ["status"] = 200, ["content"] = entity };
        await using var server = await LoopbackServer.StartAsync(Respond.Ok(envelope.ToJsonString(), "2023-01-01"));
        var client = new TenantSnapshotsClient(server.CreateClient());

#pragma warning disable CS0618 // the tenant model is obsolete: this proves the client still reads it
        var snapshot = await client.GetSharedClusterBackupAsync(GroupId, "m2-cluster", SnapshotId, envelope: true, pretty: true);
#pragma warning restore CS0618

        var request = Assert.Single(server.Requests);
        Assert.Equal($"/api/atlas/v2/groups/{GroupId}/clusters/m2-cluster/backup/tenant/snapshots/{SnapshotId}?envelope=true&pretty=true", request.RawTarget);
        Assert.Equal("application/vnd.atlas.2023-01-01+json", request.Accept);
        Assert.Equal(entity["id"]!.GetValue<string>(), snapshot.Id);
        Assert.Equal("8.0.4", snapshot.MongoDBVersion);
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
    public async Task EnvelopeFalseIsSentAndNotUnwrapped()
    {
        var body = SpecExamples.SuccessBody(FlexFile, "FlexBackupSnapshot20241113");
        await using var server = await LoopbackServer.StartAsync(Respond.Ok(body.ToJsonString(), "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var snapshot = await client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId, envelope: false);

        Assert.Equal(body["id"]!.GetValue<string>(), snapshot.Id);
        Assert.EndsWith("?envelope=false", Assert.Single(server.Requests).RawTarget, StringComparison.Ordinal);
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
    public async Task AnHtmlPageFromAProxyGivesTheStatusAndAtMostOneKilobyteOfIt()
    {
        var page = "<html><body>" + new string('x', 5000) + "</body></html>";
        await using var server = await LoopbackServer.StartAsync(Respond.Json(502, page, "text/html"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Null(error.ErrorCode);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
        Assert.Contains("<html><body>xxx", error.Message, StringComparison.Ordinal);
        Assert.Contains("(truncated)", error.Message, StringComparison.Ordinal);
        var preview = error.Message[error.Message.IndexOf("<html>", StringComparison.Ordinal)..error.Message.IndexOf("… (truncated)", StringComparison.Ordinal)];
        Assert.Equal(1024, preview.Length);
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
    public async Task NullArgumentsThrowBeforeAnyRequest()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var group = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetFlexBackupAsync(null!, "flex-1", SnapshotId));
        var name = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetFlexBackupAsync(GroupId, null!, SnapshotId));
        var snapshot = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", null!));

        Assert.Equal("groupId", group.ParamName);
        Assert.Equal("name", name.ParamName);
        Assert.Equal("snapshotId", snapshot.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void ConstructorsRejectNulls()
    {
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new FlexSnapshotsClient(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new FlexSnapshotsClient(new HttpClient(), null!)).ParamName);
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
    public async Task AnAlreadyCancelledTokenSendsNothing()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId, cancellationToken: new CancellationToken(true)));
        Assert.Empty(server.Requests);
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
