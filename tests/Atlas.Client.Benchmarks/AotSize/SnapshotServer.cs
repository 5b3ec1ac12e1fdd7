using System.Net;
using System.Net.Sockets;
using Atlas.Client.Benchmarks.Runtime;

namespace Atlas.Client.Benchmarks.AotSize;

/// <summary>
/// A loopback HTTP server the published apps call once, so each size figure belongs to an app shown to work:
/// it answers the seed endpoint with the spec body when the request carries the versioned Accept header, else 400.
/// </summary>
internal sealed class SnapshotServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _body = SpecExampleBody.Utf8(SpecExampleBody.Seed);
    private readonly Task _loop;

    public SnapshotServer()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync: that is how the loop ends.
        }
    }

    private async Task ServeAsync()
    {
        var expectedPath = EndpointCall.SeedUri.AbsolutePath;
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            if (context.Request.Url?.AbsolutePath == expectedPath
                && context.Request.Headers["Accept"] == SpecExampleBody.Seed.MediaType)
            {
                response.StatusCode = 200;
                response.ContentType = SpecExampleBody.Seed.MediaType;
                await response.OutputStream.WriteAsync(_body).ConfigureAwait(false);
            }
            else
            {
                response.StatusCode = 400;
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
