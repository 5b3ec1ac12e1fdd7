using System.Net;
using Atlas.Client.Testing;
using Xunit;

namespace Atlas.Client.Tests.Auth;

/// <summary>Service accounts: OAuth client credentials against the simulator's token endpoint, then Bearer calls.</summary>
public class ServiceAccountTests
{
    [Fact]
    public async Task TheTokenRequestIsBasicAuthAndAFormAndTheCallsCarryTheBearerToken()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        using var response = await kit.ListAsync(http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = kit.Simulator.Requests;
        var token = log[0];
        Assert.Equal("POST", token.Method);
        Assert.Equal("/api/oauth/token", token.Target);
        Assert.Equal("Basic", token.AuthorizationScheme);
        Assert.StartsWith("application/x-www-form-urlencoded", token.Headers["Content-Type"]);
        Assert.Equal(200, token.StatusCode);
        Assert.Equal(AuthTestKit.ClientId, token.Caller);
        Assert.Equal("Bearer", log[1].AuthorizationScheme);
        Assert.Equal(AuthTestKit.ClientId, log[1].Caller);
    }

    [Fact]
    public async Task TheTokenIsCachedAcrossCallsAndHandlers()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var credentials = ServiceAccount();
        for (var client = 0; client < 3; client++)
        {
            using var http = AtlasHttp.Create(credentials, kit.Simulator.BaseAddress);
            for (var i = 0; i < 4; i++)
            {
                using var response = await kit.ListAsync(http);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        Assert.Equal(1, kit.TokenRequests);
        Assert.Equal(12, kit.ApiRequests);
    }

    [Fact]
    public async Task SixtyFourConcurrentCallersCauseExactlyOneTokenRequest()
    {
        await using var kit = await AuthTestKit.StartAsync();
        // Slow the token endpoint down so that all callers arrive while the first token request is in flight.
        kit.Simulator.Faults.Add(SimulatorFault.Delay(TimeSpan.FromMilliseconds(300)), pathContains: "/api/oauth/token");
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => kit.ListAsync(http)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, kit.TokenRequests);
        Assert.Equal(64, kit.ApiRequests);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ANewTokenIsFetchedOnlyOnceTheRefreshMarginBeforeExpiryIsReached()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var clock = kit.Simulator.Clock; // the client ages its token on the same fake clock as the server
        clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var http = AtlasHttp.Create(
            ServiceAccount(new ServiceAccountOptions { TimeProvider = clock, RefreshMargin = TimeSpan.FromMinutes(1) }),
            kit.Simulator.BaseAddress);

        using (await kit.ListAsync(http))
        {
        }

        clock.Advance(TimeSpan.FromSeconds(3600 - 61)); // 61 s left: still outside the one-minute margin
        using (var stillCached = await kit.ListAsync(http))
        {
            Assert.Equal(HttpStatusCode.OK, stillCached.StatusCode);
            Assert.Equal(1, kit.TokenRequests);
        }

        clock.Advance(TimeSpan.FromSeconds(2)); // 59 s left: inside the margin
        using var refreshed = await kit.ListAsync(http);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(2, kit.TokenRequests);
        Assert.DoesNotContain(kit.Simulator.Requests, r => r.StatusCode == 401);
    }

    [Fact]
    public async Task A401TriggersExactlyOneRetryWithAFreshToken()
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress); // client on real time
        using (await kit.ListAsync(http))
        {
        }

        // The server's clock jumps past the token's life; the client, on real time, still trusts its token.
        kit.Simulator.Clock.Advance(TimeSpan.FromHours(2));
        kit.Simulator.ClearRequests();
        using var response = await kit.ListAsync(http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { "/api/atlas/:401", "/api/oauth/token:200", "/api/atlas/:200" }, kit.Simulator.Requests.Select(Step));
    }

    [Fact]
    public async Task ASecond401IsAnAuthenticationErrorNamingTheClientIdWithoutAThirdAttempt()
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Faults.Add(
            SimulatorFault.Respond(401, "application/json", "{\"error\":401,\"errorCode\":\"USER_UNAUTHORIZED\",\"detail\":\"Current user is not authorized to perform this action.\"}"),
            pathContains: "/api/atlas/", times: int.MaxValue);
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("USER_UNAUTHORIZED", error.ErrorCode);
        Assert.Contains($"client id '{AuthTestKit.ClientId}'", error.Message);
        Assert.Contains("action. Check that the service account", error.Message);
        Assert.Equal(2, kit.ApiRequests);
        Assert.Equal(2, kit.TokenRequests);
    }

    [Fact]
    public async Task AnOAuthErrorDescriptionEndingWithAFullStopGetsNoSecondOne()
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Faults.Add(
            SimulatorFault.Respond(401, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\"}"),
            pathContains: "/api/oauth/token");
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Contains("OAuth error 'invalid_client': Client authentication failed. Check the service account's client id and secret.", error.Message);
        Assert.DoesNotContain("..", error.Message);
    }

    [Fact]
    public async Task ATokenEndpointAnswerTooLargeToBeOAuthIsReportedBySize()
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Faults.Add(SimulatorFault.Respond(503, "text/html", "<html>" + new string('x', 100_000) + "</html>"), pathContains: "/api/oauth/token");
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Contains("503 Service Unavailable and no OAuth error (text/html, more than 65,536 bytes).", error.Message);
    }

    [Fact]
    public async Task ATokenEndpointAnsweringHtmlIsSummarisedWithoutTheSecret()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                   + "<pre>client_secret=" + AuthTestKit.ClientSecret + "</pre>" + new string(' ', 3000) + "<hr>nginx</body></html>";
        kit.Simulator.Faults.Add(SimulatorFault.Respond(502, "text/html", page), pathContains: "/api/oauth/token");
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Contains("502 Bad Gateway and no OAuth error (text/html, ", error.Message);
        Assert.Contains("\"502 Bad Gateway 502 Bad Gateway client_secret=[redacted]", error.Message);
        Assert.DoesNotContain(AuthTestKit.ClientSecret, error.ToString());
        Assert.DoesNotContain("<", error.Message);
    }

    [Fact]
    public async Task InvalidClientIsAClearExceptionWithoutTheSecret()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = AtlasHttp.Create(AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, "wrong-secret-value"), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("invalid_client", error.OAuthError);
        Assert.Contains("invalid_client", error.Message);
        Assert.Contains("client id and secret", error.Message);
        Assert.DoesNotContain("wrong-secret-value", error.ToString());
        Assert.Equal(0, kit.ApiRequests);
    }

    [Fact]
    public async Task InvalidGrantIsAClearException()
    {
        await using var kit = await AuthTestKit.StartAsync(o => o.ExpiredServiceAccountSecrets[AuthTestKit.ClientId] = true);
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_grant", error.OAuthError);
        Assert.Equal("The client secret has expired.", error.OAuthErrorDescription);
        Assert.Contains("expired", error.Message);
    }

    [Fact]
    public async Task ATokenAnswerThatIsNotATokenIsAClearExceptionThatQuotesNothing()
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Faults.Add(SimulatorFault.Respond(200, "application/json", "{\"access_token\":\"leaky-token-text\",\"token_type\":\"mac\"}"), pathContains: "/oauth/");
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Contains("'mac'", error.Message);
        Assert.DoesNotContain("leaky-token-text", error.ToString());
    }

    [Fact]
    public async Task AnHtmlPageFromTheTokenEndpointIsReportedByStatusOnly()
    {
        await using var kit = await AuthTestKit.StartAsync();
        kit.Simulator.Faults.Add(SimulatorFault.HtmlErrorPage(503), pathContains: "/oauth/");
        using var http = AtlasHttp.Create(ServiceAccount(), kit.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => kit.ListAsync(http));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("503", error.Message);
        Assert.Contains("text/html", error.Message);
        Assert.Null(error.OAuthError);
    }

    [Fact]
    public async Task RevokeSendsTheTokenWithBasicAuthAndTheNextCallGetsANewToken()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var credentials = ServiceAccount();
        using var http = AtlasHttp.Create(credentials, kit.Simulator.BaseAddress);
        using (await kit.ListAsync(http))
        {
        }

        await credentials.RevokeAsync(http);

        var revoke = kit.Simulator.Requests.Single(r => r.Path == "/api/oauth/revoke");
        Assert.Equal("Basic", revoke.AuthorizationScheme);
        Assert.Equal(200, revoke.StatusCode);
        Assert.Equal(AuthTestKit.ClientId, revoke.Caller);
        using var after = await kit.ListAsync(http);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, kit.TokenRequests);
        Assert.DoesNotContain(kit.Simulator.Requests, r => r.StatusCode == 401); // the revoked token was not tried again
    }

    [Fact]
    public async Task RevokeWithoutATokenSendsNothingAndApiKeysHaveNothingToRevoke()
    {
        await using var kit = await AuthTestKit.StartAsync();
        using var http = new HttpClient { BaseAddress = kit.Simulator.BaseAddress };

        await ServiceAccount().RevokeAsync(http);
        await AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey).RevokeAsync(http);

        Assert.Empty(kit.Simulator.Requests);
        await Assert.ThrowsAsync<ArgumentNullException>(() => ServiceAccount().RevokeAsync(null!));
    }

    [Fact]
    public async Task IdAndSecretAreFormEncodedBeforeBase64()
    {
        const string id = "id with:colon";
        const string secret = "s&cret+plus/é%";
        await using var kit = await AuthTestKit.StartAsync(o => o.AddServiceAccount(id, secret));
        using var http = AtlasHttp.Create(AtlasCredentials.ServiceAccount(id, secret), kit.Simulator.BaseAddress);

        using var response = await kit.ListAsync(http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnExplicitTokenEndpointIsUsed()
    {
        await using var tokenServer = await AuthTestKit.StartAsync();
        await using var api = await AuthTestKit.StartAsync();
        // Tokens of one simulator are unknown to the other: the API call is refused, proving where the token came from.
        using var http = AtlasHttp.Create(
            ServiceAccount(new ServiceAccountOptions { TokenEndpoint = new Uri(tokenServer.Simulator.BaseAddress, "/api/oauth/token") }),
            api.Simulator.BaseAddress);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => api.ListAsync(http));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, tokenServer.TokenRequests);
        Assert.Equal(0, api.TokenRequests);
    }

    [Fact]
    public void OptionsAreCheckedWhenTheCredentialsAreCreated()
    {
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(
            () => ServiceAccount(new ServiceAccountOptions { RefreshMargin = TimeSpan.FromSeconds(-1) })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(
            () => ServiceAccount(new ServiceAccountOptions { TokenEndpoint = new Uri("/api/oauth/token", UriKind.Relative) })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(
            () => ServiceAccount(new ServiceAccountOptions { TimeProvider = null! })).ParamName);
    }

    private static AtlasCredentials ServiceAccount(ServiceAccountOptions? options = null)
        => AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, AuthTestKit.ClientSecret, options);

    private static string Step(SimulatorRequest request)
        => (request.Path.StartsWith("/api/atlas/", StringComparison.Ordinal) ? "/api/atlas/" : request.Path) + ":" + request.StatusCode;
}
