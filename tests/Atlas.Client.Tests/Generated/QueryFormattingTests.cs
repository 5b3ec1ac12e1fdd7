using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>Query parameters: names from [Query] or the parameter, nulls omitted, invariant culture, values escaped.</summary>
public sealed class QueryFormattingTests
{
    [Fact]
    public async Task NullsAreOmitted()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Echo);
        IEcho client = new EchoClient(server.CreateClient());

        var result = await client.QueryAsync();

        Assert.Equal("/echo/query", result.RawTarget);
    }

    [Fact]
    public async Task EveryTypeIsFormattedInvariantlyAndEscaped()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Echo);
        IEcho client = new EchoClient(server.CreateClient());

        // A culture with a comma decimal separator and non-Latin digits would show any culture-sensitive formatting.
        var result = await RouteEscapingTests.WithCulture("de-DE", () => client.QueryAsync(
            page: 2,
            includeCount: false,
            name: "a b&c=d/é",
            ratio: 0.5,
            amount: 1234.5m,
            since: new DateTimeOffset(2024, 11, 13, 10, 15, 30, TimeSpan.FromHours(1)),
            id: Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            odd: "1"));

        Assert.Equal(
            "/echo/query?pageNum=2&includeCount=false&name=a%20b%26c%3Dd%2F%C3%A9&ratio=0.5&amount=1234.5"
            + "&since=2024-11-13T10%3A15%3A30.0000000%2B01%3A00&id=0f8fad5b-d9cb-469f-a165-70867728950e&a%20b%26c=1",
            result.RawTarget);
    }

    [Fact]
    public async Task BooleansAreLowerCaseWords()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Echo);
        IEcho client = new EchoClient(server.CreateClient());

        var yes = await client.QueryAsync(includeCount: true);
        var no = await client.QueryAsync(includeCount: false);

        Assert.Equal("/echo/query?includeCount=true", yes.RawTarget);
        Assert.Equal("/echo/query?includeCount=false", no.RawTarget);
    }

    [Fact]
    public async Task AnEmptyStringIsSentNotOmitted()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Echo);
        IEcho client = new EchoClient(server.CreateClient());

        var result = await client.QueryAsync(name: string.Empty);

        Assert.Equal("/echo/query?name=", result.RawTarget);
    }
}
