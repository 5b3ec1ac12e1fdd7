using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using Atlas.Client.Http;

namespace Atlas.Client;

/// <summary>
/// Atlas's answer to a call declared as <c>Task&lt;AtlasResponse&gt;</c>: the status, the headers and, when the status
/// is not a success, the parsed error. Such a call does not throw for a 4xx or 5xx answer; call
/// <see cref="EnsureSuccessStatusCode"/> to get the <see cref="AtlasApiException"/> a plain call would have thrown.
/// </summary>
/// <remarks>
/// <para>
/// What a response can and cannot stand for. Any answer that came with a status is a response: a 4xx/5xx whose body is
/// an <see cref="ApiError"/>, an HTML page, empty, or broke off mid-way (the connection reset: <see cref="ErrorMessage"/>
/// says so and <see cref="EnsureSuccessStatusCode"/> throws with the <see cref="System.IO.IOException"/> inside). A call
/// still throws, exactly as the plain method would, when there is no status to report or a success cannot be told
/// truthfully (a response saying "200, no value" would look like an empty answer and hide the failure):
/// </para>
/// <list type="bullet">
/// <item>a success body that is not the JSON of the value (malformed, incomplete, an HTML page; JSON <c>null</c> is not
/// an error, it gives a <see langword="null"/> value):
/// <see cref="System.Text.Json.JsonException"/> naming the operation, status and content type;</item>
/// <item>a connection that fails before the headers, or while a success body is read, and a success body over
/// <see cref="AtlasClientOptions.MaxResponseBodyBytes"/>: <see cref="HttpRequestException"/> (after the headers, with
/// the operation and status in the message and the status in <c>StatusCode</c>);</item>
/// <item>headers or any body (error bodies too) not in within <see cref="HttpClient.Timeout"/>: a
/// <see cref="System.Threading.Tasks.TaskCanceledException"/> around a <see cref="TimeoutException"/>;</item>
/// <item>the caller's token canceled: an <see cref="OperationCanceledException"/> carrying it;</item>
/// <item>the credentials refused (an API key pair's answer to a fresh Digest challenge, a service account's token
/// request, or a freshly issued token): an <see cref="AtlasAuthenticationException"/>, the same for both kinds of
/// credentials.</item>
/// </list>
/// <para>
/// There is nothing to dispose: by the time the call returns, the body has been read (and deserialized, for
/// <see cref="AtlasResponse{T}"/>) and the connection has gone back to the pool; only the headers are kept.
/// Atlas documents no request-id header (neither the OpenAPI description nor the simulator names one), so there is no
/// property for it: read whatever header your gateway or support case needs with <see cref="GetHeader"/>.
/// </para>
/// </remarks>
public class AtlasResponse
{
    private readonly AtlasApiException? _failure;

    internal AtlasResponse(HttpResponseMessage response, AtlasApiException? failure)
    {
        // An error that came inside an envelope keeps the status Atlas put in the body: the line said 200.
        StatusCode = failure?.StatusCode ?? response.StatusCode;
        ReasonPhrase = response.ReasonPhrase;
        Headers = response.Headers;
        ContentHeaders = response.Content?.Headers;
        _failure = failure;
    }

    /// <summary>The HTTP status of the answer; with <c>envelope=true</c>, the status Atlas put inside the envelope.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Whether the status is a success (2xx).</summary>
    public bool IsSuccessStatusCode => _failure is null;

    /// <summary>The reason phrase of the status line, if the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The answer's headers.</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>The headers of the answer's body (<c>Content-Type</c>, <c>Content-Length</c>), if it had one.</summary>
    public HttpContentHeaders? ContentHeaders { get; }

    /// <summary>The parsed error body of a non-success answer, or <see langword="null"/> (success, or a body that was not an <see cref="ApiError"/>).</summary>
    public ApiError? Error => _failure?.Error;

    /// <summary>
    /// For a non-success answer, the message the <see cref="AtlasApiException"/> would carry: status, operation, error
    /// code and detail, or a summary (content type, size, short excerpt) of a body that was not an <see cref="ApiError"/>. <see langword="null"/> on success.
    /// </summary>
    public string? ErrorMessage => _failure?.Message;

    /// <summary>The <c>RateLimit-Limit</c> header: how many requests the current window allows, if Atlas sent it.</summary>
    public int? RateLimitLimit => ReadInteger("RateLimit-Limit");

    /// <summary>The <c>RateLimit-Remaining</c> header: how many requests are left in the current window, if Atlas sent it.</summary>
    public int? RateLimitRemaining => ReadInteger("RateLimit-Remaining");

    /// <summary>The <c>Retry-After</c> header (sent with 429 and 503): how long to wait before retrying, if present.</summary>
    public TimeSpan? RetryAfter => RetryAfterHeader.Read(Headers);

    /// <summary>The raw <c>Deprecation</c> header, present when the resource version is deprecated.</summary>
    public string? DeprecationHeader => GetHeader(DeprecationHeaders.Deprecation);

    /// <summary>The raw <c>Sunset</c> header: when the resource version stops working.</summary>
    public string? SunsetHeader => GetHeader(DeprecationHeaders.Sunset);

    /// <summary>When the resource version was deprecated, if the <c>Deprecation</c> header could be read as a date.</summary>
    public DateTimeOffset? DeprecatedAt => DeprecationHeaders.ParseDate(DeprecationHeader);

    /// <summary>When the resource version stops working, if the <c>Sunset</c> header could be read as a date.</summary>
    public DateTimeOffset? SunsetAt => DeprecationHeaders.ParseDate(SunsetHeader);

    /// <summary>The value of a header of the answer or of its body (repeated values joined with <c>", "</c>), or <see langword="null"/>.</summary>
    /// <param name="name">The header's name, in any case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public string? GetHeader(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        return Read(Headers, name) ?? (ContentHeaders is { } content ? Read(content, name) : null);
    }

    /// <summary>Throws the <see cref="AtlasApiException"/> a plain call would have thrown, when the answer is not a success.</summary>
    /// <exception cref="AtlasApiException">The status is not a success.</exception>
    public void EnsureSuccessStatusCode()
    {
        if (_failure is not null)
        {
            // A fresh exception each time, so each throw has its own stack trace.
            throw _failure.Copy(_failure.Message, _failure.InnerException);
        }
    }

    /// <inheritdoc />
    public override string ToString()
        => "AtlasResponse " + ((int)StatusCode).ToString(CultureInfo.InvariantCulture) + " " + StatusCode
            + (Error?.ErrorCode is { } code ? ": " + code : string.Empty);

    private static string? Read(HttpHeaders headers, string name)
    {
#if NET6_0_OR_GREATER
        return headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;
#else
        return headers.TryGetValues(name, out IEnumerable<string>? values) ? string.Join(", ", values) : null;
#endif
    }

    private int? ReadInteger(string name)
        => int.TryParse(GetHeader(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
