using System;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

/// <summary>
/// Reads an answer to a call made with <c>envelope=true</c>. A single entity then comes as
/// <c>{"status": &lt;HTTP status&gt;, "content": &lt;entity&gt;}</c>, and an error as the same with an ApiError inside
/// (the envelope exists for clients that cannot read the status line). A list keeps its own shape and only gains
/// <c>status</c>; so does anything without <c>content</c>: that body is read whole as the declared type.
/// </summary>
internal static class AtlasEnvelopeReader
{
    private static ReadOnlySpan<byte> StatusProperty => "status"u8;

    private static ReadOnlySpan<byte> ContentProperty => "content"u8;

    public static async Task<T?> ReadAsync<T>(
        Stream stream, JsonTypeInfo<T> typeInfo, AtlasOperation operation, CancellationToken cancellationToken)
    {
        // The content may come before or after the status, so the body is buffered (as bytes, never a string) and
        // read twice by the same reader: once to find both properties, once to deserialize the content in place.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        var bytes = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return Unwrap(bytes.Span, typeInfo, operation);
    }

    private static T? Unwrap<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, AtlasOperation operation)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        int? status = null;
        var contentStart = -1;
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(StatusProperty))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
                    {
                        status = number;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals(ContentProperty))
                {
                    reader.Read();
                    contentStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }

        if (status is null || contentStart < 0)
        {
            // Not an entity envelope (a page, or a server that ignored envelope=true): the body is the value itself.
            return JsonSerializer.Deserialize(json, typeInfo);
        }

        var content = json.Slice(contentStart);
        if (status.Value < 200 || status.Value > 299)
        {
            ApiError? error = null;
            try
            {
                var errorReader = new Utf8JsonReader(content, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
                error = JsonSerializer.Deserialize(ref errorReader, AtlasJsonContext.Default.ApiError);
            }
            catch (JsonException)
            {
                // The status alone still makes a clear exception.
            }

            throw AtlasErrorReader.FromEnvelope((HttpStatusCode)status.Value, error, operation);
        }

        var contentReader = new Utf8JsonReader(content, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        return JsonSerializer.Deserialize(ref contentReader, typeInfo);
    }
}
