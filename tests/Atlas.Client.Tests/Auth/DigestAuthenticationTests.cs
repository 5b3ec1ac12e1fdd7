using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Atlas.Client.Testing;
using Xunit;

namespace Atlas.Client.Tests.Auth;

/// <summary>API keys over HTTP Digest with the library's handler, against the simulator's Atlas challenge.</summary>
public class DigestAuthenticationTests
{
    [Fact]
    public async Task NCallsCostNPlusOneRoundTripsBecauseTheNonceIsReused()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);

        for (var i = 0; i < 5; i++)
        {
            using var response = await kit.ListAsync(http);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var log = kit.Simulator.Requests;
        Assert.Equal(6, log.Count);
        Assert.Null(log[0].AuthorizationScheme);
        Assert.Equal(401, log[0].StatusCode);
        Assert.All(log.Skip(1), r =>
        {
            Assert.Equal("Digest", r.AuthorizationScheme);
            Assert.Equal(200, r.StatusCode);
            Assert.Equal(AuthTestKit.PublicKey, r.Caller);
        });
    }

    [Fact]
    public async Task EveryHandlerOfTheSameCredentialsSharesTheNonce()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var credentials = AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey);
        using (var first = AtlasHttp.Create(credentials, kit.Simulator.BaseAddress))
        using (await kit.ListAsync(first))
        {
        }

        kit.Simulator.ClearRequests();
        using var second = AtlasHttp.Create(credentials, kit.Simulator.BaseAddress);
        using var response = await kit.ListAsync(second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(kit.Simulator.Requests); // no new challenge: a recycled handler keeps the nonce
        Assert.NotSame(credentials.CreateHandler(), credentials.CreateHandler());
    }

    [Fact]
    public async Task ConcurrentCallsEachTakeANonceOfTheirOwnAndKeepItForLaterCalls()
    {
        await using var kit = await AuthTestKit.StartAsync(o => o.NonceCountCheck = DigestNonceCountCheck.Sequential);
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);

        // The first burst: every call but none finds its nonce taken, so 32 calls are challenged once each.
        AllOk(await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => kit.ListAsync(http))));
        Assert.Equal(32, kit.Simulator.Requests.Count(r => r.StatusCode == 401));
        Assert.All(kit.Simulator.Requests.Where(r => r.StatusCode == 401), r => Assert.Null(r.AuthorizationScheme));

        // The second burst finds 32 idle nonces: one round-trip per call, every count in order on its nonce.
        kit.Simulator.ClearRequests();
        AllOk(await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => kit.ListAsync(http))));
        Assert.Equal(32, kit.Simulator.Requests.Count);
        Assert.All(kit.Simulator.Requests, r => Assert.Equal(200, r.StatusCode));
    }

    [Fact]
    public async Task ARequestWhoseNonceTheServerForgotAnswersTheNewChallengeOnceAndSendsItsBodyAgain()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);
        using (await kit.ListAsync(http))
        {
        }

        kit.Simulator.ForgetDigestNonces(); // as another Atlas node behind the load balancer would not know the nonce
        kit.Simulator.ClearRequests();
        var json = $$"""{"snapshotId":"{{kit.SnapshotId}}"}""";
        using var response = await http.SendAsync(DownloadRequest(kit, new StringContent(json, Encoding.UTF8)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { 401, 200 }, kit.Simulator.Requests.Select(r => r.StatusCode));
        Assert.All(kit.Simulator.Requests, r => Assert.Equal("Digest", r.AuthorizationScheme)); // the first reused the nonce
        Assert.All(kit.Simulator.Requests, r => Assert.Equal(json, r.Body));
    }

    [Fact]
    public async Task AKeyDeletedWhileItsNonceIsInUseIsAnAuthenticationErrorAfterOneFreshAnswer()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);
        using (await kit.ListAsync(http))
        {
        }

        kit.Simulator.Options.ApiKeys.TryRemove(AuthTestKit.PublicKey, out _);
        kit.Simulator.ClearRequests();
        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("USER_UNAUTHORIZED", error.ErrorCode);
        Assert.Contains($"public key '{AuthTestKit.PublicKey}'", error.Message);
        Assert.Equal(2, kit.Simulator.Requests.Count); // the reused nonce, then one answer to the fresh challenge
    }

    [Fact]
    public async Task AStaleNonceIsAnsweredOnceWithTheNewOne()
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);
        using (await kit.ListAsync(http))
        {
        }

        kit.Simulator.Clock.Advance(kit.Simulator.Options.NonceLifetime + TimeSpan.FromSeconds(1));
        kit.Simulator.ClearRequests();
        using var response = await kit.ListAsync(http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { 401, 200 }, kit.Simulator.Requests.Select(r => r.StatusCode));
        Assert.All(kit.Simulator.Requests, r => Assert.Equal("Digest", r.AuthorizationScheme));
    }

    [Fact]
    public async Task AWrongPrivateKeyIsAnAuthenticationErrorNamingThePublicKeyAfterOneAnswerAndNeverLoops()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, "not-the-key"), kit.Simulator.BaseAddress);

        for (var call = 1; call <= 3; call++)
        {
            var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));
            Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
            Assert.Equal("USER_UNAUTHORIZED", error.ErrorCode);
            Assert.Contains($"public key '{AuthTestKit.PublicKey}'", error.Message);
            Assert.Contains("USER_UNAUTHORIZED: Current user is not authorized to perform this action. Check that the private key", error.Message);
            Assert.DoesNotContain("not-the-key", error.ToString());
            Assert.Equal(2 * call, kit.Simulator.Requests.Count);
        }
    }

    [Fact]
    public async Task AWrongKeyBehindAServerThatAnswersHtmlIsSummarisedNotPasted()
    {
        // Apache's mod_auth_digest answers a refused key with its HTML error page and a new challenge.
        await using var kit = await AuthTestKit.StartAsync();
        var page = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html><head><title>401 Unauthorized</title><style>body{color:red}</style></head>"
                   + "<body><h1>Unauthorized</h1><p>This server could not verify that you are authorized to access the document requested.</p>"
                   + new string('.', 4000) + "<address>Apache/2.4.62 Server at 127.0.0.1</address></body></html>";
        var challenge = new Dictionary<string, string> { ["WWW-Authenticate"] = "Digest realm=\"MMS Public API\", nonce=\"bm9uY2U=\", algorithm=MD5, qop=\"auth\"" };
        kit.Simulator.Faults.Add(SimulatorFault.Respond(401, "text/html; charset=iso-8859-1", page, challenge), times: 2);
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Null(error.Error);
        Assert.Contains("401 Unauthorized", error.Message);
        Assert.Contains("text/html; charset=iso-8859-1", error.Message);
        Assert.Contains("\"401 Unauthorized Unauthorized This server could not verify", error.Message);
        Assert.DoesNotContain("<", error.Message);
        Assert.DoesNotContain("color:red", error.Message);
        Assert.True(error.Message.Length < 700, error.Message);
        Assert.Equal(2, kit.Simulator.Requests.Count);
    }

    [Fact]
    public async Task ABodyThatCannotBeReadTwiceIsReplayedForTheAnswer()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);
        var json = $$"""{"snapshotId":"{{kit.SnapshotId}}"}""";
        using var request = DownloadRequest(kit, new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(json))));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { 401, 200 }, kit.Simulator.Requests.Select(r => r.StatusCode));
        Assert.All(kit.Simulator.Requests, r => Assert.Equal(json, r.Body));
    }

    [Fact]
    public async Task TheQueryIsPartOfTheSignedUriExactlyAsSent()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);
        using var response = await http.SendAsync(AuthTestKit.Get(kit.SnapshotsPath + "?pageNum=1&itemsPerPage=2&note=a%2Fb%20c"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256, qop=\"auth\"", "SHA-512-256")]
    [InlineData("Digest realm=\"r\", nonce=\"n\", algorithm=MD5, qop=\"auth-int\"", "qop=auth")]
    public async Task AChallengeThisClientCannotAnswerIsAClearAuthenticationError(string challenge, string named)
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Faults.Add(SimulatorFault.Respond(401, "application/json", "{}", new Dictionary<string, string> { ["WWW-Authenticate"] = challenge }));
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Contains(named, error.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task A401WithoutADigestChallengeIsHandedBackAsItIsAndTheNonceIsKept()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey), kit.Simulator.BaseAddress);
        using (await kit.ListAsync(http))
        {
        }

        kit.Simulator.ClearRequests();
        kit.Simulator.Faults.Add(SimulatorFault.Respond(401, "application/json", "{\"error\":401,\"errorCode\":\"NOT_IN_GROUP\"}"));
        using var response = await kit.ListAsync(http);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("NOT_IN_GROUP", await response.Content.ReadAsStringAsync());
        Assert.Single(kit.Simulator.Requests);

        // Not a Digest refusal: the nonce goes back to the pool, and the next call needs no new challenge.
        using var next = await kit.ListAsync(http);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(2, kit.Simulator.Requests.Count);
    }

    private static HttpRequestMessage DownloadRequest(AuthTestKit kit, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, kit.SnapshotsPath.Replace("/snapshots", "/download")) { Content = content };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.atlas.2024-11-13+json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.atlas.2024-11-13+json"));
        return request;
    }

    private static void AllOk(HttpResponseMessage[] responses)
    {
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }
    }

    /// <summary>A stream that can be read once, front to back, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }

        public override long Length => throw new NotSupportedException();
    }
}
