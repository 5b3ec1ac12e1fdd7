using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;

namespace Atlas.Client.Http;

/// <summary>
/// The exceptions for a success answer whose body cannot be read: each names the operation and the status, so a failure
/// in a log says which call broke and how, never a bare parser or socket message. (A non-success answer whose body breaks
/// is still an <see cref="AtlasApiException"/> with its status: see <see cref="AtlasErrorReader"/>.)
/// </summary>
internal static class AtlasResponseFailures
{
    /// <summary>The body is not the JSON of the result type (malformed, empty, truncated, HTML, another shape).</summary>
    public static JsonException InvalidJson(AtlasOperation operation, HttpResponseMessage response, Type resultType, JsonException inner)
        => new(
            $"{operation} received {Status(response)} ({ContentType(response)}), but its body is not the JSON of {Display(resultType)}: {inner.Message}",
            inner.Path, inner.LineNumber, inner.BytePositionInLine, inner);

    /// <summary>The body is JSON <c>null</c> and the method's result is not nullable.</summary>
    public static JsonException NullBody(AtlasOperation operation, HttpResponseMessage response, Type resultType)
        => new($"{operation} received {Status(response)} with the JSON value null, but it returns a non-nullable {Display(resultType)}. Declare the result as {Display(resultType)}? to accept null.");

    /// <summary>A success without a body (204, or an empty 200/201/202) and the method's result is not nullable.</summary>
    public static JsonException NoBody(AtlasOperation operation, HttpResponseMessage response, Type resultType)
        => new($"{operation} received {Status(response)} without a body, but it returns a non-nullable {Display(resultType)}. "
               + $"Declare the result as {Display(resultType)}? to accept an empty answer, or return Task when the operation has no result.");

    /// <summary>The connection failed while the body was read (reset, cut short).</summary>
    public static HttpRequestException BodyBroken(AtlasOperation operation, HttpResponseMessage response, IOException inner)
        => Transport($"{operation} received {Status(response)}, but the connection failed while its body was read: {inner.Message}", inner, response);

    /// <summary>The body is larger than <see cref="AtlasClientOptions.MaxResponseBodyBytes"/>.</summary>
    public static HttpRequestException TooLarge(AtlasOperation operation, HttpResponseMessage response, Exception inner)
        => Transport($"{operation} received {Status(response)}, but its body is too large: {inner.Message} Raise the limit if Atlas legitimately answers this much.", inner, response);

    /// <summary>An HttpRequestException that carries the status where the framework has room for it.</summary>
    private static HttpRequestException Transport(string message, Exception inner, HttpResponseMessage response)
#if NET5_0_OR_GREATER
        => new(message, inner, response.StatusCode);
#else
        => new(message, inner);
#endif

    private static string Status(HttpResponseMessage response)
        => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) + " "
           + (string.IsNullOrEmpty(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase);

    /// <summary>A type as C# spells it (<c>AtlasPage&lt;FlexBackupSnapshot&gt;</c>, not <c>AtlasPage`1</c>).</summary>
    private static string Display(Type type)
    {
        if (!type.IsConstructedGenericType)
        {
            return type.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`');
        var arguments = type.GenericTypeArguments;
        var text = new System.Text.StringBuilder(tick < 0 ? name : name.Substring(0, tick)).Append('<');
        for (var i = 0; i < arguments.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Display(arguments[i]));
        }

        return text.Append('>').ToString();
    }

    private static string ContentType(HttpResponseMessage response)
        => "content type " + (response.Content?.Headers.ContentType?.ToString() ?? "none");
}
