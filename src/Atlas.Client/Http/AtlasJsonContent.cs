using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

/// <summary>
/// A request body that serializes its value as JSON straight into the request stream each time it is sent. Because it
/// holds the value, not bytes, it can be sent again (the authentication retry) without ever being buffered.
/// </summary>
internal abstract class AtlasJsonContent : HttpContent
{
}

/// <summary>
/// The JSON body of a <c>[Body]</c> parameter, written with source-generated <see cref="JsonTypeInfo{T}"/> metadata:
/// no intermediate string or byte array, no reflection. Its length is not known in advance, so it goes chunked.
/// </summary>
/// <typeparam name="T">The body's declared type.</typeparam>
internal sealed class AtlasJsonContent<T> : AtlasJsonContent
{
    private readonly T _value;
    private readonly JsonTypeInfo<T> _typeInfo;

    public AtlasJsonContent(T value, JsonTypeInfo<T> typeInfo, string mediaType)
    {
        _value = value;
        _typeInfo = typeInfo;
        // The versioned media type is already valid (AtlasOperation built it from a validated date): no re-parsing.
        Headers.TryAddWithoutValidation("Content-Type", mediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => JsonSerializer.SerializeAsync(stream, _value, _typeInfo);

#if NET5_0_OR_GREATER
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        => JsonSerializer.SerializeAsync(stream, _value, _typeInfo, cancellationToken);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        => JsonSerializer.Serialize(stream, _value, _typeInfo);
#endif

    protected override bool TryComputeLength(out long length)
    {
        // Knowing the length would mean serializing twice or buffering: the body is small and chunked costs nothing.
        length = 0;
        return false;
    }
}
