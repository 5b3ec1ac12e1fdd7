using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

/// <summary>
/// A read-only view of a response body that fails once more than <see cref="AtlasClientOptions.MaxResponseBodyBytes"/>
/// arrived. Only bodies of unknown length get one: a known length within the limit needs no counting (HttpClient's
/// handler never reads past a <c>Content-Length</c>; a seekable body in memory ends where it ends), and one above it
/// fails before reading.
/// </summary>
internal sealed class BoundedResponseStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private long _read;

    private BoundedResponseStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <summary>The body to read: <paramref name="inner"/> itself when its known length is within the limit.</summary>
    /// <exception cref="ResponseTooLargeException">The known length exceeds the limit.</exception>
    public static Stream Wrap(Stream inner, long? contentLength, long limit)
    {
        if (contentLength > limit)
        {
            throw new ResponseTooLargeException(limit, contentLength);
        }

        return contentLength is not null ? inner : new BoundedResponseStream(inner, limit);
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Count(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

#if NET5_0_OR_GREATER
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _read += read;
        return _read > _limit ? throw new ResponseTooLargeException(_limit, null) : read;
    }
}

/// <summary>A body over <see cref="AtlasClientOptions.MaxResponseBodyBytes"/>; the invoker turns it into an HttpRequestException naming the call.</summary>
internal sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException(long limit, long? announced)
        : base(announced is null
            ? $"The response body exceeded AtlasClientOptions.MaxResponseBodyBytes ({limit} bytes) and was not read further."
            : $"The response announced {announced} bytes, more than AtlasClientOptions.MaxResponseBodyBytes ({limit} bytes), and was not read.")
    {
    }
}
