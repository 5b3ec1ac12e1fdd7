using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Atlas.Client.Reliability.Tests.Secrets;

/// <summary>
/// Sits below the authentication handler and keeps every credential that crossed the wire: whole Authorization values
/// (Digest, Bearer, Basic) and their parameters, and the access tokens the token endpoints handed out.
/// </summary>
internal sealed class WireSecrets
{
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public IEnumerable<string> Seen => _seen.Keys;

    public HttpMessageHandler Observe(HttpMessageHandler inner) => new Recording(this) { InnerHandler = inner };

    private sealed class Recording(WireSecrets secrets) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization is { } authorization)
            {
                secrets._seen.TryAdd(authorization.ToString(), true);
                if (authorization.Parameter is { Length: > 8 } parameter)
                {
                    secrets._seen.TryAdd(parameter, true);
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath == "/api/oauth/token" && response.StatusCode == HttpStatusCode.OK)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                try
                {
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                    if (json.RootElement.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value)
                    {
                        secrets._seen.TryAdd(value, true);
                    }
                }
                catch (JsonException)
                {
                    // A broken token answer (a fault case) carries no token to look for.
                }
            }

            return response;
        }
    }
}
