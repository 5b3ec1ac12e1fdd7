using System.Net;
using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>Where requests go: the HttpClient's BaseAddress, else AtlasClientOptions.BaseAddress, else https://cloud.mongodb.com.</summary>
public sealed class BaseAddressTests
{
    [Fact]
    public async Task WithoutABaseAddressTheClientTalksToAtlas()
    {
        var handler = new CapturingHandler();
        var client = new FlexSnapshotsClient(new HttpClient(handler));

        await client.GetFlexBackupAsync("g", "n", "s");

        Assert.Equal("https://cloud.mongodb.com/api/atlas/v2/groups/g/flexClusters/n/backup/snapshots/s", handler.RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("atlas")]
    [InlineData("atlas/")]
    public async Task APathPrefixOfTheOptionsBaseAddressIsKept(string prefix)
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13"));
        var client = new FlexSnapshotsClient(new HttpClient(), new AtlasClientOptions { BaseAddress = new Uri(server.Address, prefix) });

        await client.GetFlexBackupAsync("g", "n", "s");

        Assert.Equal("/atlas/api/atlas/v2/groups/g/flexClusters/n/backup/snapshots/s", Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task TheHttpClientBaseAddressWinsOverTheOptions()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13"));
        var http = new HttpClient { BaseAddress = new Uri(server.Address, "gateway/") };
        var client = new FlexSnapshotsClient(http, new AtlasClientOptions { BaseAddress = new Uri("https://unused.invalid/") });

        await client.GetFlexBackupAsync("g", "n", "s");

        Assert.Equal("/gateway/api/atlas/v2/groups/g/flexClusters/n/backup/snapshots/s", Assert.Single(server.Requests).RawTarget);
    }

    [Theory]
    [InlineData("relative/path", UriKind.Relative)]
    [InlineData("ftp://example.com/", UriKind.Absolute)]
    public void AnOptionsBaseAddressMustBeAbsoluteHttp(string address, UriKind kind)
    {
        var error = Assert.Throws<ArgumentException>(() => new AtlasClientOptions { BaseAddress = new Uri(address, kind) });

        Assert.Contains("absolute http or https", error.Message, StringComparison.Ordinal);
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public Uri? RequestUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestUri = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
        }
    }
}
