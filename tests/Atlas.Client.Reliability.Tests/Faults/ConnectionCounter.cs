using System.Net.Sockets;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>
/// A <see cref="SocketsHttpHandler"/> whose connections are counted as they open and as their streams are disposed.
/// After the client is disposed, a connection still open belongs to a response nobody disposed: a leak.
/// </summary>
internal sealed class ConnectionCounter
{
    private int _opened;
    private int _closed;

    public int Opened => Volatile.Read(ref _opened);

    public int Open => Volatile.Read(ref _opened) - Volatile.Read(ref _closed);

    public SocketsHttpHandler CreateHandler() => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            Interlocked.Increment(ref _opened);
            return new CountedStream(socket, this);
        },
    };

    /// <summary>Waits (briefly: failed connections close in the background) until every connection is closed.</summary>
    public async Task<int> OpenAfterSettlingAsync()
    {
        for (var i = 0; i < 40 && Open > 0; i++)
        {
            await Task.Delay(50);
        }

        return Open;
    }

    private sealed class CountedStream(Socket socket, ConnectionCounter counter) : NetworkStream(socket, ownsSocket: true)
    {
        private int _disposed;

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Increment(ref counter._closed);
            }

            base.Dispose(disposing);
        }
    }
}
