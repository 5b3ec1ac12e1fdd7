using System.Net;
using Xunit;

namespace Atlas.Client.Tests.Auth;

/// <summary>The ready-made HttpClient factory.</summary>
public class AtlasHttpTests
{
    [Fact]
    public void TheDefaultBaseAddressIsAtlas()
    {
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey));
        Assert.Equal(new Uri("https://cloud.mongodb.com/"), http.BaseAddress);
    }

    [Fact]
    public void BadArgumentsAreRefusedNamingTheParameter()
    {
        Assert.Equal("credentials", Assert.Throws<ArgumentNullException>(() => AtlasHttp.Create(null!)).ParamName);
        Assert.Equal("baseAddress", Assert.Throws<ArgumentException>(
            () => AtlasHttp.Create(AtlasCredentials.ApiKey("a", "b"), new Uri("/relative", UriKind.Relative))).ParamName);
    }

    [Fact]
    public async Task TheGivenInnerHandlerCarriesTheRequests()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var inner = new CountingHandler();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress, inner);

        using var response = await kit.ListAsync(http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Count);
    }

    [Fact]
    public void EachCreateHandlerCallMakesANewHandler()
    {
        var credentials = AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, AuthTestKit.ClientSecret);
        Assert.NotSame(credentials.CreateHandler(), credentials.CreateHandler());
    }

    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public int Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
