using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Testing;

/// <summary>
/// <c>POST /api/oauth/token</c> (client credentials, HTTP Basic with form-url-encoded id and secret, RFC 6749 §2.3.1 and
/// §4.4) and <c>POST /api/oauth/revoke</c> (RFC 7009), with tokens that expire on the simulator's clock.
/// </summary>
internal sealed class OAuthServer
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly AtlasSimulatorOptions _options;
    private readonly SimulatorClock _clock;

    public OAuthServer(AtlasSimulatorOptions options, SimulatorClock clock)
    {
        _options = options;
        _clock = clock;
    }

    /// <summary>The service account a Bearer token belongs to, or <see langword="null"/> if it is unknown, revoked or expired.</summary>
    public string? Validate(string token)
    {
        if (!_tokens.TryGetValue(token, out var issued))
        {
            return null;
        }

        if (_clock.GetUtcNow() < issued.ExpiresAt)
        {
            return issued.ClientId;
        }

        _tokens.TryRemove(token, out _);
        return null;
    }

    public async Task<(SimulatorAnswer Answer, string? ClientId)> TokenAsync(HttpContext context)
    {
        var (clientId, form, refusal) = await AuthenticateClientAsync(context);
        if (refusal is not null)
        {
            return (refusal, clientId);
        }

        var grantType = form!["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return (Error(400, "invalid_request", "The grant_type parameter is missing."), clientId);
        }

        if (grantType != "client_credentials")
        {
            return (Error(400, "unsupported_grant_type", "Only the client_credentials grant is supported."), clientId);
        }

        if (_options.ExpiredServiceAccountSecrets.TryGetValue(clientId!, out var expired) && expired)
        {
            return (Error(400, "invalid_grant", "The client secret has expired."), clientId);
        }

        var now = _clock.GetUtcNow();
        foreach (var entry in _tokens)
        {
            if (entry.Value.ExpiresAt <= now)
            {
                _tokens.TryRemove(entry.Key, out _);
            }
        }

        var lifetime = _options.TokenLifetime;
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _tokens[token] = new IssuedToken(clientId!, now + lifetime);
        var body = Json(writer =>
        {
            writer.WriteString("access_token", token);
            writer.WriteString("token_type", "Bearer");
            writer.WriteNumber("expires_in", (long)Math.Ceiling(lifetime.TotalSeconds));
        });
        return (SimulatorAnswer.Raw(200, "application/json", body).WithHeader("Cache-Control", "no-store").WithHeader("Pragma", "no-cache"), clientId);
    }

    public async Task<(SimulatorAnswer Answer, string? ClientId)> RevokeAsync(HttpContext context)
    {
        var (clientId, form, refusal) = await AuthenticateClientAsync(context);
        if (refusal is not null)
        {
            return (refusal, clientId);
        }

        var token = form!["token"].ToString();
        if (token.Length == 0)
        {
            return (Error(400, "invalid_request", "The token parameter is missing."), clientId);
        }

        // RFC 7009 §2.2: an unknown token is not an error; another client's token is left alone.
        if (_tokens.TryGetValue(token, out var issued) && issued.ClientId == clientId)
        {
            _tokens.TryRemove(token, out _);
        }

        return (SimulatorAnswer.Empty(200), clientId);
    }

    private async Task<(string? ClientId, IFormCollection? Form, SimulatorAnswer? Refusal)> AuthenticateClientAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return (null, null, Error(400, "invalid_request", "Use POST."));
        }

        if (!context.Request.HasFormContentType)
        {
            return (null, null, Error(400, "invalid_request", "The body must be application/x-www-form-urlencoded."));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var clientId = BasicClientId(context.Request.Headers.Authorization.ToString(), out var secret);
        if (clientId is null
            || !_options.ServiceAccounts.TryGetValue(clientId, out var expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(secret!)))
        {
            var refusal = Error(401, "invalid_client", "Invalid client credentials.").WithHeader("WWW-Authenticate", "Basic realm=\"oauth\"");
            return (clientId, form, refusal);
        }

        return (clientId, form, null);
    }

    /// <summary>The client id of <c>Basic base64(urlencode(id):urlencode(secret))</c>, or <see langword="null"/>.</summary>
    private static string? BasicClientId(string header, out string? secret)
    {
        secret = null;
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = pair.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        secret = WebUtility.UrlDecode(pair.Substring(colon + 1));
        return WebUtility.UrlDecode(pair.Substring(0, colon));
    }

    private static SimulatorAnswer Error(int status, string error, string description)
        => SimulatorAnswer.Raw(status, "application/json", Json(writer =>
        {
            writer.WriteString("error", error);
            writer.WriteString("error_description", description);
        })).WithHeader("Cache-Control", "no-store");

    private static byte[] Json(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private sealed record IssuedToken(string ClientId, DateTimeOffset ExpiresAt);
}
