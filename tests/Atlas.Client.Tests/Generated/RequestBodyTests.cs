using System.Globalization;
using System.Text;
using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>A <c>[Body]</c> is serialized once, before sending: it goes with its length, and a value JSON cannot carry fails at the call.</summary>
public sealed class RequestBodyTests
{
    [Fact]
    public async Task ABodyGoesWithItsLength()
    {
        string? received = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            received = await reader.ReadToEndAsync();
            await Respond.Json(200, "{}")(context);
        });

        await new EchoClient(server.CreateClient()).PostAsync(new EchoBody { Ratio = 0.5 });

        var request = Assert.Single(server.Requests);
        Assert.Equal("""{"Ratio":0.5}""", received);
        Assert.Equal(received!.Length.ToString(CultureInfo.InvariantCulture), request.Headers["Content-Length"]);
        Assert.False(request.Headers.ContainsKey("Transfer-Encoding"));
    }

    [Fact]
    public async Task AValueJsonCannotCarryFailsAtTheCallAndNothingIsSent()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(200, "{}"));

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => new EchoClient(server.CreateClient()).PostAsync(new EchoBody { Ratio = double.NaN }));

        Assert.Contains("cannot be written as valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }
}
