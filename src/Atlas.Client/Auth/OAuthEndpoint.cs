using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// The two OAuth 2.0 requests a service account makes — token (RFC 6749 §4.4) and revocation (RFC 7009) — and the
/// reading of their answers with <see cref="JsonDocument"/> (no reflection). Nothing here puts a secret or a token
/// into an exception message.
/// </summary>
internal static class OAuthEndpoint
{
    private const int MaxAnswerBytes = 64 * 1024;

    public static HttpRequestMessage CreateTokenRequest(Uri endpoint, string clientId, string clientSecret)
        => Create(endpoint, clientId, clientSecret, new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") });

    public static HttpRequestMessage CreateRevocationRequest(Uri endpoint, string clientId, string clientSecret, string token)
        => Create(endpoint, clientId, clientSecret, new[]
        {
            new KeyValuePair<string, string>("token", token),
            new KeyValuePair<string, string>("token_type_hint", "access_token"),
        });

    /// <summary>Reads a token answer; any other answer becomes an <see cref="AtlasAuthenticationException"/>.</summary>
    public static async Task<AccessToken> ReadTokenAsync(
        HttpResponseMessage response, Uri endpoint, TimeProvider clock, TimeSpan refreshMargin, string clientSecret, CancellationToken cancellationToken)
    {
        var issuedAt = clock.GetUtcNow();
        if (!response.IsSuccessStatusCode)
        {
            throw await ReadErrorAsync(response, "token request", clientSecret, cancellationToken).ConfigureAwait(false);
        }

        var body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        string? accessToken = null, tokenType = null;
        double? expiresIn = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                accessToken = StringProperty(document.RootElement, "access_token");
                tokenType = StringProperty(document.RootElement, "token_type");
                if (document.RootElement.TryGetProperty("expires_in", out var expires) && expires.ValueKind == JsonValueKind.Number)
                {
                    expiresIn = expires.GetDouble();
                }
            }
        }
        catch (JsonException)
        {
            // Reported below without the body: a malformed token answer may still hold the token.
        }

        if (string.IsNullOrEmpty(accessToken))
        {
            throw new AtlasAuthenticationException(
                $"The token endpoint answered {(int)response.StatusCode} without an access_token in a JSON object.", response.StatusCode);
        }

        if (!string.Equals(tokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new AtlasAuthenticationException(
                $"The token endpoint issued a token of type '{tokenType ?? "(none)"}'; Atlas calls need a Bearer token.", response.StatusCode);
        }

        return new AccessToken(accessToken!, RefreshAt(issuedAt, expiresIn, refreshMargin), endpoint);
    }

    /// <summary>Turns a refused OAuth request into an exception that names the OAuth error without any secret.</summary>
    public static async Task<AtlasAuthenticationException> ReadErrorAsync(
        HttpResponseMessage response, string action, string clientSecret, CancellationToken cancellationToken)
    {
        string? error = null, description = null;
        byte[]? body = null;
        var tooLarge = false;
        try
        {
            body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                error = StringProperty(document.RootElement, "error");
                description = StringProperty(document.RootElement, "error_description");
            }
        }
        catch (JsonException)
        {
            // Not an OAuth answer (a proxy's HTML page, say): summarised below.
        }
        catch (AtlasAuthenticationException)
        {
            // Larger than any OAuth answer: its size is reported with the status line and content type.
            tooLarge = true;
        }

        description = Redact(description, clientSecret);
        var status = (int)response.StatusCode + " " + response.ReasonPhrase;
        if (error is null)
        {
            var contentType = response.Content.Headers.ContentType?.ToString();
            var summary = tooLarge
                ? "(" + (contentType ?? "no content type") + ", more than " + MaxAnswerBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes)"
                : body is null || body.Length == 0
                ? "(" + (contentType ?? "no content type") + ", no body)"
                : Redact(Http.BodyExcerpt.Describe(contentType, body, body.Length, truncated: false), clientSecret)!;
            return new AtlasAuthenticationException(
                $"Atlas refused the service account's {action} with {status} and no OAuth error {summary}.", response.StatusCode);
        }

        var hint = error switch
        {
            "invalid_client" => " Check the service account's client id and secret.",
            "invalid_grant" => " The secret may have expired or been revoked, or the service account removed.",
            _ => string.Empty,
        };
        var detail = string.IsNullOrEmpty(description) ? string.Empty : ": " + description;
        return new AtlasAuthenticationException(
            MessageText.EndSentence($"Atlas refused the service account's {action} with {status}, OAuth error '{error}'{detail}") + hint,
            response.StatusCode, error, description);
    }

    private static HttpRequestMessage Create(Uri endpoint, string clientId, string clientSecret, IEnumerable<KeyValuePair<string, string>> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        // RFC 6749 §2.3.1: each part is form-url-encoded before the pair is base64-encoded.
        var pair = WebUtility.UrlEncode(clientId) + ":" + WebUtility.UrlEncode(clientSecret);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        AuthenticationBypass.Set(request);
        return request;
    }

    private static DateTimeOffset RefreshAt(DateTimeOffset issuedAt, double? expiresInSeconds, TimeSpan margin)
    {
        if (expiresInSeconds is null)
        {
            return DateTimeOffset.MaxValue; // no lifetime given: used until Atlas refuses it with a 401
        }

        // Capped at ten years so that the sum below cannot leave DateTimeOffset's range whatever the server says.
        var lifetime = TimeSpan.FromSeconds(Math.Max(0, Math.Min(expiresInSeconds.Value, 10 * 365 * 24 * 3600.0)));
        var early = margin < TimeSpan.FromTicks(lifetime.Ticks / 2) ? margin : TimeSpan.FromTicks(lifetime.Ticks / 2);
        return issuedAt + lifetime - early;
    }

    private static string? StringProperty(JsonElement obj, string name)
        => obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Redact(string? text, string secret)
        => text is null || secret.Length == 0 ? text : text.Replace(secret, "[redacted]");

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxAnswerBytes)
            {
                throw new AtlasAuthenticationException(
                    $"The OAuth endpoint's answer is larger than {MaxAnswerBytes} bytes; no OAuth answer is.", response.StatusCode);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
