using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Atlas.Client.Http;

/// <summary>
/// The JSON body of a <c>[Body]</c> parameter, serialized once when the request is built, with source-generated
/// <see cref="JsonTypeInfo{T}"/> metadata (no reflection). Held as bytes, it goes out with a <c>Content-Length</c> rather
/// than chunked, which every proxy and front end accepts (a streamed body would save one small array but leave servers
/// that answer <c>411 Length Required</c> out); it can be sent again for the authentication retry as it is; and a value
/// that cannot be serialized fails at the call, before anything is sent.
/// </summary>
internal sealed class AtlasJsonContent : ByteArrayContent
{
    private AtlasJsonContent(byte[] utf8Json, string mediaType)
        : base(utf8Json)
    {
        // The versioned media type is already valid (AtlasOperation built it from a validated date): no re-parsing.
        Headers.TryAddWithoutValidation("Content-Type", mediaType);
    }

    public static AtlasJsonContent Create<T>(T value, JsonTypeInfo<T> typeInfo, string mediaType)
        => new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), mediaType);
}
