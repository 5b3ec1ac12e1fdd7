using System.Net;
using System.Text;
using System.Text.Json;
using Atlas.Client.Tests.Generated;
using Atlas.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Atlas.Client.Tests.Surface;

/// <summary>
/// 200, 201, 202 and 204 answers to a POST with a body, from a scripted server (the simulator always answers 200):
/// a body is read whatever the success status; no body gives null to a nullable result, a clear error to a
/// non-nullable one, success to a Task and an empty AtlasResponse. And what the body looks like on the wire.
/// </summary>
public sealed class AnswerStatusTests
{
    private const string JobJson = """{"id":"6733a1f0c2b54d0a8e1f00a1","status":"QUEUED","deliveryType":"RESTORE"}""";
    private static readonly FlexBackupRestoreJobCreate Job = new("6733a1f0c2b54d0a8e1f0001", "flex-target");

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(202)]
    public async Task ABodyIsReadWhateverTheSuccessStatus(int status)
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(status, JobJson, "application/vnd.atlas.2024-11-13+json"));
        IAnswerStatuses client = new AnswerStatusesClient(server.CreateClient());

        var job = await client.CreateAsync(Job);
        var response = await client.CreateForResponseAsync(Job);

        Assert.Equal("6733a1f0c2b54d0a8e1f00a1", job.Id);
        Assert.Equal(RestoreJobStatus.Queued, job.Status);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(job.Id, response.GetValueOrThrow().Id);
    }

    [Theory]
    [InlineData(204)]
    [InlineData(200)]
    [InlineData(202)]
    public async Task WithoutABodyANullableResultIsNullAndANonNullableOneSaysWhatToDeclare(int status)
    {
        await using var server = await LoopbackServer.StartAsync(context => { context.Response.StatusCode = status; return Task.CompletedTask; });
        IAnswerStatuses client = new AnswerStatusesClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<JsonException>(() => client.CreateAsync(Job));
        var nothing = await client.CreateOrNothingAsync(Job);
        await client.StartAsync(Job);
        var response = await client.CreateForResponseAsync(Job);

        Assert.StartsWith("IAnswerStatuses.CreateAsync (POST ", error.Message, StringComparison.Ordinal);
        Assert.Contains($" received {status} ", error.Message, StringComparison.Ordinal);
        Assert.Contains("without a body", error.Message, StringComparison.Ordinal);
        Assert.Contains("FlexBackupRestoreJob?", error.Message, StringComparison.Ordinal);
        Assert.Null(nothing);
        Assert.True(response.IsSuccessStatusCode);
        Assert.False(response.HasValue);
        Assert.Contains("without a body", Assert.Throws<InvalidOperationException>(() => response.GetValueOrThrow()).Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task TheBodyIsStreamedAsVersionedJsonWithoutNullFields()
    {
        string? body = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync();
            await Respond.Json(200, JobJson)(context);
        });
        IAnswerStatuses client = new AnswerStatusesClient(server.CreateClient());

        await client.CreateAsync(Job);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", request.Headers["Content-Type"]);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", request.Accept);
        // Written straight into the request stream: no length known beforehand, so it goes chunked.
        Assert.Equal("chunked", request.Headers["Transfer-Encoding"]);
        Assert.False(request.Headers.ContainsKey("Content-Length"));
        Assert.Equal("""{"snapshotId":"6733a1f0c2b54d0a8e1f0001","targetDeploymentItemName":"flex-target"}""", body);
    }

    [Fact]
    public async Task AFailedPostThrowsWithTheParsedError()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(409, SpecExamples.Error("conflict")));
        IAnswerStatuses client = new AnswerStatusesClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => client.StartAsync(Job));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.NotNull(error.ErrorCode);
    }
}
