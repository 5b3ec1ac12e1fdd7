using System.Net;
using Xunit;

namespace Atlas.Client.Tests.Auth;

/// <summary>
/// Why the library has its own Digest handler, measured: .NET's built-in Digest (SocketsHttpHandler with a
/// NetworkCredential) does authenticate against Atlas's challenge, but it answers the challenge afresh on every call,
/// so N calls cost 2N round-trips — with or without PreAuthenticate — where the library's handler costs N+1.
/// </summary>
public class BuiltInDigestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BuiltInDigestWorksButCostsTwoRoundTripsPerCall(bool preAuthenticate)
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler
        {
            Credentials = new NetworkCredential(AuthTestKit.PublicKey, AuthTestKit.PrivateKey),
            PreAuthenticate = preAuthenticate,
        })
        { BaseAddress = kit.Simulator.BaseAddress };

        const int calls = 5;
        for (var i = 0; i < calls; i++)
        {
            using var response = await kit.ListAsync(http);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(2 * calls, kit.ApiRequests);
        Assert.Equal(calls, kit.Simulator.Requests.Count(r => r.StatusCode == 401));
    }

    [Fact]
    public async Task TheLibrarysHandlerCostsOneRoundTripPerCallAfterTheFirst()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);

        const int calls = 5;
        for (var i = 0; i < calls; i++)
        {
            using var response = await kit.ListAsync(http);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(calls + 1, kit.ApiRequests);
    }
}
