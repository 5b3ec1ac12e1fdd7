using System;
using System.Net;
using System.Net.Http;

namespace Atlas.Client;

/// <summary>
/// Atlas answered with a non-success status. <see cref="Error"/> holds the parsed <see cref="ApiError"/> when the body
/// was one; otherwise (an HTML page from a proxy, an empty body) the message summarises the body: status, content type,
/// size and a short text excerpt, never the body itself.
/// </summary>
public class AtlasApiException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A message that never contains credentials.</param>
    /// <param name="statusCode">The HTTP status Atlas answered with.</param>
    /// <param name="error">The parsed error body, if the body was an <see cref="ApiError"/>.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public AtlasApiException(string message, HttpStatusCode statusCode, ApiError? error = null, Exception? innerException = null)
#if NET5_0_OR_GREATER
        : base(message, innerException, statusCode)
#else
        : base(message, innerException)
#endif
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The HTTP status Atlas answered with.</summary>
#if NET5_0_OR_GREATER
    public new HttpStatusCode StatusCode { get; }
#else
    public HttpStatusCode StatusCode { get; }
#endif

    /// <summary>The parsed error body, or <see langword="null"/> when the body was not an <see cref="ApiError"/>.</summary>
    public ApiError? Error { get; }

    /// <summary>
    /// How long Atlas asked the caller to wait before trying again: its <c>Retry-After</c> header, sent with 429 Too Many
    /// Requests and 503 Service Unavailable (an HTTP-date becomes the time left, never negative). <see langword="null"/>
    /// when the answer carried none.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// A fresh exception with the same status, error and <see cref="RetryAfter"/>: for rethrowing with its own stack
    /// trace or a message that says more. The one place that copies them, so a new property cannot be left behind; an
    /// <see cref="AtlasAuthenticationException"/> stays one, with its OAuth error.
    /// </summary>
    internal AtlasApiException Copy(string message, Exception? innerException)
        => this is AtlasAuthenticationException authentication
            ? new AtlasAuthenticationException(message, StatusCode, Error, innerException, authentication.OAuthError, authentication.OAuthErrorDescription) { RetryAfter = RetryAfter }
            : new AtlasApiException(message, StatusCode, Error, innerException) { RetryAfter = RetryAfter };

    /// <summary>The Atlas error code (e.g. <c>CLUSTER_NOT_FOUND</c>), if the body carried one.</summary>
    public string? ErrorCode => Error?.ErrorCode;

    /// <summary>The error's detail text, if the body carried one.</summary>
    public string? Detail => Error?.Detail;

    /// <summary>The error's reason phrase, if the body carried one.</summary>
    public string? Reason => Error?.Reason;
}
