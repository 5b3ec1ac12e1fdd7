using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>The server side of authentication, driven by hand: the exact Digest challenge, 401 bodies, the OAuth endpoints.</summary>
public class SimulatorAuthenticationTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private string _snapshots = null!;

    public async Task InitializeAsync()
    {
        _sim = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions()
            .AddApiKey("pub-key", "priv-key")
            .AddServiceAccount("mdb_sa_id_1", "mdb_sa_sk_1"));
        _http = HttpFor(_sim);
        var group = _sim.Data.AddGroup();
        group.AddFlexCluster("flex-1");
        _snapshots = FlexPath(group.Id, "flex-1") + "/snapshots";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task NoAuthorizationIs401UserUnauthorizedWithAtlassExactDigestChallenge()
    {
        using var response = await GetAsync(_http, _snapshots);

        var error = await AssertErrorAsync(response, 401, "USER_UNAUTHORIZED");
        Assert.Equal("Current user is not authorized to perform this action.", error.Detail);
        Assert.Equal("Unauthorized", error.Reason);
        var challenge = Assert.Single(response.Headers.GetValues("WWW-Authenticate"));
        Assert.Matches("""^Digest realm="MMS Public API", domain="", nonce="[A-Za-z0-9+/=]+", algorithm=MD5, qop="auth", stale=false$""", challenge);
    }

    [Fact]
    public async Task EachChallengeCarriesANewNonce()
    {
        using var first = await GetAsync(_http, _snapshots);
        using var second = await GetAsync(_http, _snapshots);
        Assert.NotEqual(Nonce(first), Nonce(second));
    }

    [Fact]
    public async Task AHandComputedDigestAnswerIsAcceptedOnceAndItsCountCannotBeReplayed()
    {
        using var challenge = await GetAsync(_http, _snapshots);
        var header = DigestHeader("pub-key", "priv-key", Nonce(challenge), "GET", _snapshots, "00000001");

        using var accepted = await SendWithAsync(header);
        using var replayed = await SendWithAsync(header);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("pub-key", _sim.Requests[1].Caller);
        await AssertErrorAsync(replayed, 401, "USER_UNAUTHORIZED");
    }

    [Theory]
    [InlineData(DigestNonceCountCheck.Unique, new[] { "00000002", "00000001", "00000003" }, new[] { 200, 200, 200 })]
    [InlineData(DigestNonceCountCheck.Increasing, new[] { "00000002", "00000001", "00000003" }, new[] { 200, 401, 200 })]
    [InlineData(DigestNonceCountCheck.Sequential, new[] { "00000002", "00000001", "00000002" }, new[] { 401, 200, 200 })]
    [InlineData(DigestNonceCountCheck.Sequential, new[] { "00000001", "00000003", "00000002" }, new[] { 200, 401, 200 })]
    [InlineData(DigestNonceCountCheck.Increasing, new[] { "00000001", "00000003", "00000002" }, new[] { 200, 200, 401 })]
    public async Task TheNonceCountCheckRefusesWhatItsModeForbidsWithAFreshNonce(DigestNonceCountCheck check, string[] counts, int[] expected)
    {
        _sim.Options.NonceCountCheck = check;
        using var challenge = await GetAsync(_http, _snapshots);
        var nonce = Nonce(challenge);

        for (var i = 0; i < counts.Length; i++)
        {
            using var answer = await SendWithAsync(DigestHeader("pub-key", "priv-key", nonce, "GET", _snapshots, counts[i]));
            Assert.True(expected[i] == (int)answer.StatusCode, $"{check}: nc {counts[i]} (answer {i + 1}) got {(int)answer.StatusCode}");
            if (answer.StatusCode == HttpStatusCode.Unauthorized)
            {
                // Like Apache's mod_auth_digest: a count it will not take is answered with a new nonce, not stale.
                Assert.Contains("stale=false", Assert.Single(answer.Headers.GetValues("WWW-Authenticate")));
                Assert.NotEqual(nonce, Nonce(answer));
            }
        }
    }

    [Fact]
    public async Task AForgottenNonceIsRefusedWithAFreshChallenge()
    {
        using var challenge = await GetAsync(_http, _snapshots);
        _sim.ForgetDigestNonces();

        using var refused = await SendWithAsync(DigestHeader("pub-key", "priv-key", Nonce(challenge), "GET", _snapshots, "00000001"));

        await AssertErrorAsync(refused, 401, "USER_UNAUTHORIZED");
        Assert.Contains("stale=false", Assert.Single(refused.Headers.GetValues("WWW-Authenticate")));
    }

    [Theory]
    [InlineData("pub-key", "wrong-key", null)]
    [InlineData("unknown", "priv-key", null)]
    [InlineData("pub-key", "priv-key", "/api/atlas/v2/groups/other")]
    public async Task AWrongKeyUserOrUriIsRefused(string user, string password, string? uri)
    {
        using var challenge = await GetAsync(_http, _snapshots);
        using var refused = await SendWithAsync(DigestHeader(user, password, Nonce(challenge), "GET", uri ?? _snapshots, "00000001"));
        await AssertErrorAsync(refused, 401, "USER_UNAUTHORIZED");
        Assert.Contains("stale=false", Assert.Single(refused.Headers.GetValues("WWW-Authenticate")));
    }

    [Fact]
    public async Task ARightAnswerToAnOldNonceIsStale()
    {
        _sim.Clock.SetUtcNow(BeforeSunset);
        using var challenge = await GetAsync(_http, _snapshots);
        _sim.Clock.Advance(_sim.Options.NonceLifetime + TimeSpan.FromSeconds(1));

        using var stale = await SendWithAsync(DigestHeader("pub-key", "priv-key", Nonce(challenge), "GET", _snapshots, "00000001"));

        await AssertErrorAsync(stale, 401, "USER_UNAUTHORIZED");
        Assert.Contains("stale=true", Assert.Single(stale.Headers.GetValues("WWW-Authenticate")));
    }

    [Fact]
    public async Task TheTokenEndpointIssuesABearerTokenThatAuthenticatesUntilItExpires()
    {
        _sim.Clock.SetUtcNow(BeforeSunset);
        using var tokenResponse = await TokenAsync(Basic("mdb_sa_id_1", "mdb_sa_sk_1"), "grant_type=client_credentials");

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal("no-store", tokenResponse.Headers.CacheControl!.ToString());
        using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", json.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(3600, json.RootElement.GetProperty("expires_in").GetInt32());
        var token = json.RootElement.GetProperty("access_token").GetString()!;

        using (var ok = await SendWithAsync(new AuthenticationHeaderValue("Bearer", token)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("mdb_sa_id_1", _sim.Requests.Last().Caller);
        }

        _sim.Clock.Advance(TimeSpan.FromSeconds(3600));
        using var expired = await SendWithAsync(new AuthenticationHeaderValue("Bearer", token));
        await AssertErrorAsync(expired, 401, "USER_UNAUTHORIZED");
    }

    [Theory]
    [InlineData("mdb_sa_id_1", "wrong")]
    [InlineData("someone-else", "mdb_sa_sk_1")]
    public async Task WrongClientCredentialsAreInvalidClient(string id, string secret)
    {
        using var response = await TokenAsync(Basic(id, secret), "grant_type=client_credentials");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", OAuthError(await response.Content.ReadAsStringAsync()));
        Assert.Null(_sim.Requests.Last().Caller);
    }

    [Fact]
    public async Task AnExpiredSecretIsInvalidGrant()
    {
        _sim.Options.ExpiredServiceAccountSecrets["mdb_sa_id_1"] = true;
        using var response = await TokenAsync(Basic("mdb_sa_id_1", "mdb_sa_sk_1"), "grant_type=client_credentials");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", OAuthError(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("", "invalid_request")]
    [InlineData("grant_type=password", "unsupported_grant_type")]
    public async Task AMissingOrOtherGrantIsRefused(string form, string expected)
    {
        using var response = await TokenAsync(Basic("mdb_sa_id_1", "mdb_sa_sk_1"), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, OAuthError(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ClientIdAndSecretAreFormDecodedBeforeComparison()
    {
        _sim.Options.AddServiceAccount("id with:colon", "s&cret+plus/é");
        var encoded = WebUtility.UrlEncode("id with:colon") + ":" + WebUtility.UrlEncode("s&cret+plus/é");
        using var response = await TokenAsync(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(encoded))), "grant_type=client_credentials");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RevokedTokensNoLongerAuthenticateAndTheFormIsNotLogged()
    {
        using var tokenResponse = await TokenAsync(Basic("mdb_sa_id_1", "mdb_sa_sk_1"), "grant_type=client_credentials");
        var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;

        using var revoke = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/revoke")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["token_type_hint"] = "access_token" }),
        };
        revoke.Headers.Authorization = Basic("mdb_sa_id_1", "mdb_sa_sk_1");
        using var revoked = await _http.SendAsync(revoke);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        using var refused = await SendWithAsync(new AuthenticationHeaderValue("Bearer", token));
        await AssertErrorAsync(refused, 401, "USER_UNAUTHORIZED");
        Assert.All(_sim.Requests.Where(r => r.Path.StartsWith("/api/oauth/")), r => Assert.Null(r.Body));
    }

    [Fact]
    public async Task OpenModeIgnoresAuthorization()
    {
        _sim.Options.RequireAuthentication = false;
        using var response = await SendWithAsync(new AuthenticationHeaderValue("Bearer", "anything"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("anonymous", _sim.Requests.Last().Caller);
    }

    private async Task<HttpResponseMessage> SendWithAsync(AuthenticationHeaderValue authorization)
    {
        var request = Request(HttpMethod.Get, _snapshots, FlexVersion);
        request.Headers.Authorization = authorization;
        return await _http.SendAsync(request);
    }

    private async Task<HttpResponseMessage> TokenAsync(AuthenticationHeaderValue authorization, string form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/token")
        {
            Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = authorization;
        return await _http.SendAsync(request);
    }

    private static AuthenticationHeaderValue Basic(string id, string secret)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + secret)));

    private static string? OAuthError(string json) => JsonDocument.Parse(json).RootElement.GetProperty("error").GetString();

    private static string Nonce(HttpResponseMessage challenge)
        => System.Text.RegularExpressions.Regex.Match(challenge.Headers.WwwAuthenticate.Single().Parameter!, "nonce=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>An RFC 2617 qop=auth answer computed here, independently of both the client and the simulator.</summary>
    private static AuthenticationHeaderValue DigestHeader(string user, string password, string nonce, string method, string uri, string nc)
    {
        static string Md5(string s) => Convert.ToHexString(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();
        const string cnonce = "0a4f113b";
        var response = Md5(Md5($"{user}:MMS Public API:{password}") + $":{nonce}:{nc}:{cnonce}:auth:" + Md5($"{method}:{uri}"));
        return new AuthenticationHeaderValue("Digest",
            $"username=\"{user}\", realm=\"MMS Public API\", nonce=\"{nonce}\", uri=\"{uri}\", qop=auth, nc={nc}, cnonce=\"{cnonce}\", response=\"{response}\", algorithm=MD5");
    }
}
