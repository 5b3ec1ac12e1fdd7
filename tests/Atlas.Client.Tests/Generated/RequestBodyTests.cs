using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// A <c>[Body]</c> is serialized straight into the request stream (issue 5), so a value JSON cannot carry is found
/// while sending: the call must still fail with the serializer's own reason, not a bare transport error.
/// </summary>
public sealed class RequestBodyTests
{
    [Fact]
    public async Task AValueJsonCannotCarryFailsTheCallWithTheSerializersReason()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(200, "{}"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => new EchoClient(server.CreateClient()).PostAsync(new EchoBody { Ratio = double.NaN }));

        var reason = FindInner<ArgumentException>(error);
        Assert.True(reason is not null, $"no ArgumentException inside: {error}");
        Assert.Contains("cannot be written as valid JSON", reason!.Message, StringComparison.Ordinal);
    }

    private static T? FindInner<T>(Exception? error)
        where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T found)
            {
                return found;
            }
        }

        return null;
    }
}
