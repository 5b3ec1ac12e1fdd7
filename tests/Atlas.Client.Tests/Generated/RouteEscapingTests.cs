using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// Hostile route values: whatever a caller passes, it fills exactly one path segment, asserted on the server's side
/// from the raw request target as it came over the wire.
/// </summary>
public sealed class RouteEscapingTests
{
    private const string Prefix = "/api/atlas/v2/groups/g/flexClusters/";
    private const string Suffix = "/backup/snapshots/s";

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("../../admin", "..%2F..%2Fadmin")]
    [InlineData("what?x=1", "what%3Fx%3D1")]
    [InlineData("frag#ment", "frag%23ment")]
    [InlineData("%2F", "%252F")]
    [InlineData("line\r\nX-Injected: 1", "line%0D%0AX-Injected%3A%201")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("🙂", "%F0%9F%99%82")]
    [InlineData(" ", "%20")]
    [InlineData("\t", "%09")]
    [InlineData("...", "...")]
    [InlineData("a\\b", "a%5Cb")]
    [InlineData("a;b=c&d+e", "a%3Bb%3Dc%26d%2Be")]
    [InlineData("flex-1_~.x", "flex-1_~.x")]
    public async Task EveryValueFillsExactlyOneSegment(string name, string expectedSegment)
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        await client.GetFlexBackupAsync("g", name, "s");

        var request = Assert.Single(server.Requests);
        Assert.Equal(Prefix + expectedSegment + Suffix, request.RawTarget);
        Assert.Equal(10, request.RawPath.Count(c => c == '/'));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task ValuesThatWouldRemoveOrLeaveASegmentAreRejected(string name)
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetFlexBackupAsync("g", name, "s"));

        Assert.Equal("name", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AnUnpairedSurrogateIsRejectedNamingTheParameter()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13"));
        var client = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetFlexBackupAsync("g", "bad\uD800", "s"));

        Assert.Equal("name", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AValueSharingItsSegmentWithLiteralTextMayBeADotButNotEmpty()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Echo);
        IEcho client = new EchoClient(server.CreateClient());

        var result = await client.SegmentPartsAsync("..", "a/b");
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => client.SegmentPartsAsync(string.Empty, "log"));

        Assert.Equal("/echo/..:pin/a%2Fb.gz", result.RawTarget);
        Assert.Equal("clusterName", empty.ParamName);
    }

    [Fact]
    public async Task NumbersAndGuidsAreFormattedInvariantly()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Echo);
        IEcho client = new EchoClient(server.CreateClient());
        var uid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var result = await WithCulture("ar-SA", () => client.RouteAsync("t", -1234567890123, uid));

        Assert.Equal("/echo/t/items/-1234567890123/0f8fad5b-d9cb-469f-a165-70867728950e", result.RawTarget);
        Assert.Equal("application/vnd.atlas.2024-01-01+json", result.Accept);
    }

    internal static async Task<T> WithCulture<T>(string culture, Func<Task<T>> action)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
