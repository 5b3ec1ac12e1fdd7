using System.Globalization;
using System.Net;
using Atlas.Client.Tests.Infrastructure;
using Atlas.Client.Tests.Surface;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// <c>Retry-After</c> (seconds, as Atlas sends it with 429 and 503; or an HTTP-date, as proxies may) reaches the caller
/// as <see cref="AtlasApiException.RetryAfter"/> and in the message, so a retry policy needs no access to the response.
/// </summary>
public sealed class RetryAfterTests
{
    private const string GroupId = "32b6e34b3d91647abb20e7b8";
    private const string SnapshotId = "5f4e3d2c1b0a998877665544";
    private const string RateLimited = """{"detail":"Resource is limited.","error":429,"errorCode":"RATE_LIMITED","reason":"Too Many Requests"}""";

    [Fact]
    public async Task SecondsBecomeRetryAfterAndAreNamedInTheMessage()
    {
        var error = await CallAsync(429, RateLimited, "30");

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("RATE_LIMITED", error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.EndsWith("Atlas asked to retry after 30 s (Retry-After).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnHttpDateBecomesTheTimeLeft()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(10).ToString("r", CultureInfo.InvariantCulture);

        var error = await CallAsync(503, "upstream unavailable", at, "text/plain");

        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task ADateAlreadyPastIsZeroNotNegative()
    {
        var error = await CallAsync(503, "upstream unavailable", "Thu, 01 Jan 2026 00:00:00 GMT", "text/plain");

        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    public async Task NoOrAnUnreadableHeaderIsNull(string? header)
    {
        var error = await CallAsync(429, RateLimited, header);

        Assert.Null(error.RetryAfter);
        Assert.DoesNotContain("Retry-After", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAtlasResponseAndTheExceptionItThrowsAgree()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(429, RateLimited, headers: r => r.Headers.RetryAfter = "7"));
        var client = new FlexResponsesClient(server.CreateClient());

        var response = await client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId);

        Assert.Equal(TimeSpan.FromSeconds(7), response.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Throws<AtlasApiException>(response.EnsureSuccessStatusCode).RetryAfter);
    }

    private static async Task<AtlasApiException> CallAsync(int status, string body, string? retryAfter, string contentType = "application/json")
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(status, body, contentType, r =>
        {
            if (retryAfter is not null)
            {
                r.Headers.RetryAfter = retryAfter;
            }
        }));
        var client = new FlexSnapshotsClient(server.CreateClient());

        return await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(GroupId, "flex-1", SnapshotId));
    }
}
