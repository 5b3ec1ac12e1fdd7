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
/// is one (Atlas sends them as <c>application/json</c>), otherwise a message with the status, the content type, the size
/// and a short excerpt of the body (an HTML page from a proxy), never the body itself. A 410 <c>VERSION_GONE</c> names
/// the replacement the generator baked in.
/// </summary>
internal static class AtlasErrorReader
{
    public static async Task<AtlasApiException> CreateExceptionAsync(
        HttpResponseMessage response, AtlasOperation operation, CancellationToken cancellationToken)
    {
        var answer = await ErrorAnswer.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return Create(answer, operation);
    }

    /// <summary>Builds the exception for an error that came inside an envelope (<c>{"status": 404, "content": {…}}</c>).</summary>
    public static AtlasApiException FromEnvelope(HttpStatusCode status, ApiError? error, AtlasOperation operation)
        => Create(ErrorAnswer.FromEnvelope(status, error), operation);

    private static AtlasApiException Create(ErrorAnswer answer, AtlasOperation operation)
    {
        var message = new StringBuilder();
        message.Append("Atlas answered ").Append(answer.StatusText).Append(" to ").Append(operation.ToString());
        answer.AppendBody(message, redact: null);
        var error = answer.Error;
        if (error is not null && answer.Status == HttpStatusCode.Gone && string.Equals(error.ErrorCode, "VERSION_GONE", StringComparison.Ordinal))
        {
            message.Append(' ').Append(operation.SunsetAdvice is { } advice
                ? advice
                : $"Version {operation.Version} of this resource is past its sunset date; move to a newer version of the endpoint.");
        }

        answer.AppendRetryAfter(message);
        return new AtlasApiException(message.ToString(), answer.Status, error, answer.Broken) { RetryAfter = answer.RetryAfter };
    }
}

/// <summary>
/// A non-success answer, read once and bounded: its status, content type, the <see cref="ApiError"/> when the body is
/// one, otherwise the body's first bytes for an excerpt. Shared by the operations' errors and the authentication
/// failures, so both describe an answer the same way.
/// </summary>
internal sealed class ErrorAnswer
{
    /// <summary>How much of an error body is read at all: Atlas's errors are small; a proxy's page need not be read whole.</summary>
    private const int MaxErrorBodyBytes = 64 * 1024;

    private readonly byte[] _body;
    private readonly int _length;
    private readonly bool _truncated;

    private ErrorAnswer(HttpStatusCode status, string? reasonPhrase, string? contentType, ApiError? error, byte[] body, int length, bool truncated, TimeSpan? retryAfter, IOException? broken)
    {
        Status = status;
        StatusText = $"{(int)status} {(string.IsNullOrEmpty(reasonPhrase) ? status.ToString() : reasonPhrase)}";
        ContentType = contentType;
        Error = error;
        _body = body;
        _length = length;
        _truncated = truncated;
        RetryAfter = retryAfter;
        Broken = broken;
    }

    public HttpStatusCode Status { get; }

    /// <summary><c>401 Unauthorized</c>.</summary>
    public string StatusText { get; }

    public string? ContentType { get; }

    public ApiError? Error { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>The connection broke while the body was read.</summary>
    public IOException? Broken { get; }

    public static async Task<ErrorAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var contentType = response.Content?.Headers.ContentType?.ToString();
        var retryAfter = RetryAfterHeader.Read(response.Headers);
        try
        {
            var (bytes, length, truncated) = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return new ErrorAnswer(response.StatusCode, response.ReasonPhrase, contentType, TryParseApiError(bytes, length), bytes, length, truncated, retryAfter, null);
        }
        catch (IOException broken)
        {
            // The status alone still makes a clear exception; the broken read is its inner exception.
            return new ErrorAnswer(response.StatusCode, response.ReasonPhrase, contentType, null, Array.Empty<byte>(), 0, false, retryAfter, broken);
        }
    }

    public static ErrorAnswer FromEnvelope(HttpStatusCode status, ApiError? error)
        => new(status, null, "application/json (enveloped)", error, Array.Empty<byte>(), 0, false, null, null);

    /// <summary>
    /// Appends what the body said: <c>: CODE: detail.</c> for an Atlas error, otherwise the content type, size and an
    /// excerpt. <paramref name="redact"/> removes a secret the caller knows from text that came from the server.
    /// </summary>
    public void AppendBody(StringBuilder message, Func<string, string>? redact)
    {
        redact ??= static text => text;
        var error = Error;
        if (error is not null)
        {
            message.Append(": ").Append(error.ErrorCode ?? "(no error code)");
            if (!string.IsNullOrEmpty(error.Detail))
            {
                message.Append(": ").Append(redact(error.Detail!));
            }
            else if (!string.IsNullOrEmpty(error.Reason))
            {
                message.Append(": ").Append(redact(error.Reason!));
            }

            MessageText.EndSentence(message);
        }
        else if (Broken is not null)
        {
            message.Append(", and the connection failed while its body was read (content type ").Append(ContentType ?? "none")
                .Append("): ").Append(Broken.Message);
        }
        else if (_length == 0)
        {
            message.Append(" with an empty body (content type ").Append(ContentType ?? "none").Append(").");
        }
        else
        {
            message.Append(" with a body that is not an Atlas error ")
                .Append(redact(BodyExcerpt.Describe(ContentType, _body, _length, _truncated))).Append('.');
        }
    }

    public void AppendRetryAfter(StringBuilder message)
    {
        if (RetryAfter is { } wait)
        {
            message.Append(" Atlas asked to retry after ").Append(((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)).Append(" s (Retry-After).");
        }
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
