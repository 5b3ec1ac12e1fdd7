using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

/// <summary>
/// Turns a non-success answer into an <see cref="AtlasApiException"/>: the parsed <see cref="ApiError"/> when the body
/// is one (Atlas sends them as <c>application/json</c>), otherwise a message with the status and at most 1 KB of the body
/// (an HTML page from a proxy, an empty body). A 410 <c>VERSION_GONE</c> names the replacement the generator baked in.
/// </summary>
internal static class AtlasErrorReader
{
    /// <summary>How much of an error body is read at all: Atlas's errors are small; a proxy's page need not be read whole.</summary>
    private const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>How much of a body that is not an ApiError goes into the message.</summary>
    internal const int MaxPreviewBytes = 1024;

    public static async Task<AtlasApiException> CreateExceptionAsync(
        HttpResponseMessage response, AtlasOperation operation, CancellationToken cancellationToken)
    {
        (byte[] Bytes, int Length, bool Truncated) body;
        try
        {
            body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException broken)
        {
            // The status alone still makes a clear exception; the broken read is its inner exception.
            return Create(response.StatusCode, response.ReasonPhrase, response.Content?.Headers.ContentType?.ToString(), null, Array.Empty<byte>(), 0, false, operation, RetryAfterHeader.Read(response.Headers), broken);
        }

        var error = TryParseApiError(body.Bytes, body.Length);
        return Create(response.StatusCode, response.ReasonPhrase, response.Content?.Headers.ContentType?.ToString(), error, body.Bytes, body.Length, body.Truncated, operation, RetryAfterHeader.Read(response.Headers));
    }

    /// <summary>Builds the exception for an error that came inside an envelope (<c>{"status": 404, "content": {…}}</c>).</summary>
    public static AtlasApiException FromEnvelope(HttpStatusCode status, ApiError? error, AtlasOperation operation)
        => Create(status, reasonPhrase: null, contentType: "application/json (enveloped)", error, Array.Empty<byte>(), 0, truncated: false, operation, retryAfter: null);

    private static AtlasApiException Create(
        HttpStatusCode status, string? reasonPhrase, string? contentType, ApiError? error,
        byte[] body, int length, bool truncated, AtlasOperation operation, TimeSpan? retryAfter, IOException? broken = null)
    {
        var statusText = $"{(int)status} {(string.IsNullOrEmpty(reasonPhrase) ? status.ToString() : reasonPhrase)}";
        var message = new StringBuilder();
        message.Append("Atlas answered ").Append(statusText).Append(" to ").Append(operation.ToString());
        if (error is not null)
        {
            message.Append(": ").Append(error.ErrorCode ?? "(no error code)");
            if (!string.IsNullOrEmpty(error.Detail))
            {
                message.Append(": ").Append(error.Detail);
            }
            else if (!string.IsNullOrEmpty(error.Reason))
            {
                message.Append(": ").Append(error.Reason);
            }

            // Atlas's detail texts usually end with a full stop already: do not print two.
            if (message[message.Length - 1] != '.')
            {
                message.Append('.');
            }

            if (status == HttpStatusCode.Gone && string.Equals(error.ErrorCode, "VERSION_GONE", StringComparison.Ordinal))
            {
                message.Append(' ').Append(operation.SunsetAdvice is { } advice
                    ? advice
                    : $"Version {operation.Version} of this resource is past its sunset date; move to a newer version of the endpoint.");
            }
        }
        else if (broken is not null)
        {
            message.Append(", and the connection failed while its body was read (content type ").Append(contentType ?? "none")
                .Append("): ").Append(broken.Message);
        }
        else if (length == 0)
        {
            message.Append(" with an empty body (content type ").Append(contentType ?? "none").Append(").");
        }
        else
        {
            message.Append(" with a body that is not an Atlas error (content type ").Append(contentType ?? "none")
                .Append("): ").Append(Preview(body, length, truncated));
        }

        if (retryAfter is { } wait)
        {
            message.Append(" Atlas asked to retry after ").Append(((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)).Append(" s (Retry-After).");
        }

        return new AtlasApiException(message.ToString(), status, error, broken) { RetryAfter = retryAfter };
    }

    private static ApiError? TryParseApiError(byte[] body, int length)
    {
        // Atlas marks errors application/json, but proxies relabel bodies: trust the bytes, not the header.
        var start = 0;
        while (start < length && (body[start] == (byte)' ' || body[start] == (byte)'\t' || body[start] == (byte)'\r' || body[start] == (byte)'\n'))
        {
            start++;
        }

        if (start == length || body[start] != (byte)'{')
        {
            return null;
        }

        try
        {
            var error = JsonSerializer.Deserialize(new ReadOnlySpan<byte>(body, start, length - start), AtlasJsonContext.Default.ApiError);
            // The spec requires both; a JSON object with neither is some other service's error, not Atlas's.
            return error is not null && (error.ErrorCode is not null || error.Error != 0) ? error : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Preview(byte[] body, int length, bool truncated)
    {
        var take = Math.Min(length, MaxPreviewBytes);
        // Do not cut a UTF-8 sequence in half: step back over continuation bytes to the start of the last character.
        if (take < length)
        {
            while (take > 0 && (body[take] & 0xC0) == 0x80)
            {
                take--;
            }
        }

        var text = Encoding.UTF8.GetString(body, 0, take);
        return take < length || truncated ? text + "… (truncated)" : text;
    }

    private static async Task<(byte[] Bytes, int Length, bool Truncated)> ReadBoundedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return (Array.Empty<byte>(), 0, false);
        }

#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffer = new byte[4096];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length >= MaxErrorBodyBytes)
                {
                    return (buffer, length, true);
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxErrorBodyBytes));
            }

            var read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer, length, false);
            }

            length += read;
        }
    }
}
