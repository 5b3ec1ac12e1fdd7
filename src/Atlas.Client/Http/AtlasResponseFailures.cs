using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;

namespace Atlas.Client.Http;

/// <summary>
/// The exceptions for a success answer whose body cannot be read: each names the operation and the status, so a failure
/// in a log says which call broke and how, never a bare parser or socket message.
/// </summary>
internal static class AtlasResponseFailures
{
    /// <summary>The body is not the JSON of the result type (malformed, empty, truncated, HTML, another shape).</summary>
    public static JsonException InvalidJson(AtlasOperation operation, HttpResponseMessage response, Type resultType, JsonException inner)
        => new(
            $"{operation} received {Status(response)} ({ContentType(response)}), but its body is not the JSON of {resultType.Name}: {inner.Message}",
            inner.Path, inner.LineNumber, inner.BytePositionInLine, inner);

    /// <summary>The body is JSON <c>null</c> and the method's result is not nullable.</summary>
    public static JsonException NullBody(AtlasOperation operation, HttpResponseMessage response, Type resultType)
        => new($"{operation} received {Status(response)} with the JSON value null, but it returns a non-nullable {resultType.Name}. Declare the result as {resultType.Name}? to accept null.");

    /// <summary>The connection failed while the body was read (reset, cut short).</summary>
    public static HttpRequestException BodyBroken(AtlasOperation operation, HttpResponseMessage response, IOException inner)
    {
        var message = $"{operation} received {Status(response)}, but the connection failed while its body was read: {inner.Message}";
#if NET5_0_OR_GREATER
        return new HttpRequestException(message, inner, response.StatusCode);
#else
        return new HttpRequestException(message, inner);
#endif
    }

    /// <summary>The body is larger than <see cref="AtlasClientOptions.MaxResponseBodyBytes"/>.</summary>
    public static HttpRequestException TooLarge(AtlasOperation operation, HttpResponseMessage response, Exception inner)
    {
        var message = $"{operation} received {Status(response)}, but its body is too large: {inner.Message} Raise the limit if Atlas legitimately answers this much.";
#if NET5_0_OR_GREATER
        return new HttpRequestException(message, inner, response.StatusCode);
#else
        return new HttpRequestException(message, inner);
#endif
    }

    private static string Status(HttpResponseMessage response)
        => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) + " "
           + (string.IsNullOrEmpty(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase);

    private static string ContentType(HttpResponseMessage response)
        => "content type " + (response.Content?.Headers.ContentType?.ToString() ?? "none");
}
