using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Atlas.Client.Testing;
using Xunit;

namespace Atlas.Client.Tests.Auth;

/// <summary>
/// Runs every authentication path, success and failure, records every secret that went over the wire (keys, secrets,
/// tokens, whole Authorization values), then sweeps every exception, ToString() and simulator log entry for them.
/// </summary>
public class SecretLeakTests
{
    [Fact]
    public async Task NoSecretAppearsInAnyMessageToStringOrLog()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var wire = new WireRecorder();
        var texts = new List<string>();
        var apiKey = AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey);
        var serviceAccount = AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, AuthTestKit.ClientSecret);
        var wrongKey = AtlasCredentials.ApiKey(AuthTestKit.PublicKey, "wrong-" + AuthTestKit.PrivateKey);
        var wrongSecret = AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, "wrong-" + AuthTestKit.ClientSecret);
        texts.AddRange(new object[] { apiKey, serviceAccount, wrongKey, wrongSecret, apiKey.CreateHandler(), serviceAccount.CreateHandler() }.Select(o => o.ToString()!));

        async Task RunAsync(AtlasCredentials credentials, Action? before = null)
        {
            before?.Invoke();
            using var http = AtlasHttp.Create(credentials, kit.Simulator.BaseAddress, wire.Handler());
            try
            {
                using var response = await kit.ListAsync(http);
                texts.Add(response.ToString());
                texts.Add(await response.Content.ReadAsStringAsync());
                await credentials.RevokeAsync(http);
            }
            catch (Exception error)
            {
                texts.Add(error.ToString());
            }
        }

        await RunAsync(apiKey);
        await RunAsync(apiKey);
        await RunAsync(wrongKey);
        await RunAsync(serviceAccount);
        await RunAsync(wrongSecret);
        await RunAsync(serviceAccount, () => kit.Simulator.Faults.Add(SimulatorFault.HtmlErrorPage(), pathContains: "/oauth/"));
        await RunAsync(serviceAccount, () => kit.Simulator.Faults.Add(
            SimulatorFault.Respond(400, "application/json", "{\"error\":\"invalid_grant\",\"error_description\":\"bad secret " + AuthTestKit.ClientSecret + "\"}"),
            pathContains: "/oauth/token"));
        await RunAsync(apiKey, () => kit.Simulator.Faults.Add(SimulatorFault.Respond(401, "application/json", "{}",
            new Dictionary<string, string> { ["WWW-Authenticate"] = "Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256" })));
        kit.Simulator.Options.ExpiredServiceAccountSecrets[AuthTestKit.ClientId] = true;
        await RunAsync(AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, AuthTestKit.ClientSecret));

        foreach (var entry in kit.Simulator.Requests)
        {
            texts.Add(entry.ToString());
            texts.Add(entry.Target);
            texts.Add(entry.Body ?? string.Empty);
            texts.AddRange(entry.Headers.Select(h => h.Key + ": " + h.Value));
        }

        var secrets = wire.Secrets.Concat(new[] { AuthTestKit.PrivateKey, AuthTestKit.ClientSecret }).Distinct().ToArray();
        Assert.Contains(secrets, s => s.StartsWith("Digest ", StringComparison.Ordinal));
        Assert.Contains(secrets, s => s.StartsWith("Bearer ", StringComparison.Ordinal));
        Assert.Contains(secrets, s => s.StartsWith("Basic ", StringComparison.Ordinal));
        Assert.True(wire.AccessTokens > 0, "no access token was seen on the wire");
        Assert.True(texts.Count(t => t.Contains("Exception", StringComparison.Ordinal)) >= 5, "the failure paths did not all throw");
        foreach (var text in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret leaked into: {text}");
            }
        }
    }

    [Fact]
    public void ArgumentErrorsNameTheParameterNotTheValue()
    {
        var blank = Assert.Throws<ArgumentException>(() => AtlasCredentials.ApiKey(AuthTestKit.PublicKey, "   "));
        Assert.Equal("privateKey", blank.ParamName);
        Assert.Equal("publicKey", Assert.Throws<ArgumentNullException>(() => AtlasCredentials.ApiKey(null!, AuthTestKit.PrivateKey)).ParamName);
        Assert.Equal("clientSecret", Assert.Throws<ArgumentException>(() => AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, "")).ParamName);
        Assert.Equal("clientId", Assert.Throws<ArgumentException>(() => AtlasCredentials.ServiceAccount(" ", AuthTestKit.ClientSecret)).ParamName);
    }

    [Fact]
    public void ToStringShowsTheKindAndThePublicIdentifierOnly()
    {
        Assert.Equal("AtlasCredentials.ApiKey(publicKey: pub-key-1234)", AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey).ToString());
        Assert.Equal("AtlasCredentials.ServiceAccount(clientId: mdb_sa_id_0123456789abcdef)",
            AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, AuthTestKit.ClientSecret).ToString());
    }

    /// <summary>Sits below the authentication handler and notes every credential that leaves or arrives.</summary>
    private sealed class WireRecorder
    {
        private readonly ConcurrentBag<string> _secrets = new();
        private int _accessTokens;

        public IEnumerable<string> Secrets => _secrets;

        public int AccessTokens => _accessTokens;

        public HttpMessageHandler Handler() => new Recording(this);

        private sealed class Recording(WireRecorder recorder) : DelegatingHandler(new SocketsHttpHandler())
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.Headers.Authorization is { } authorization)
                {
                    recorder._secrets.Add(authorization.ToString());
                    recorder._secrets.Add(authorization.Parameter!);
                }

                var response = await base.SendAsync(request, cancellationToken);
                if (request.RequestUri!.AbsolutePath == "/api/oauth/token" && response.StatusCode == HttpStatusCode.OK)
                {
                    await response.Content.LoadIntoBufferAsync(cancellationToken);
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                    if (json.RootElement.TryGetProperty("access_token", out var token))
                    {
                        recorder._secrets.Add(token.GetString()!);
                        Interlocked.Increment(ref recorder._accessTokens);
                    }
                }

                return response;
            }
        }
    }
}
