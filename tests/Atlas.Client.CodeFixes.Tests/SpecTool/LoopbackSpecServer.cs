using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Atlas.Client.CodeFixes.Tests.SpecTool;

/// <summary>
/// An HTTP server on 127.0.0.1 that answers GET /openapi/v2.json with the spec it is given and anything else with 404,
/// standing in for raw.githubusercontent.com (there is no internet here). It records the paths asked for.
/// </summary>
internal sealed class LoopbackSpecServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _spec;
    private readonly Task _serving;

    public LoopbackSpecServer(string spec)
    {
        _spec = Encoding.UTF8.GetBytes(spec);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public List<string> Requested { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            lock (Requested)
            {
                Requested.Add(context.Request.Url!.AbsolutePath);
            }

            var found = context.Request.HttpMethod == "GET" && context.Request.Url!.AbsolutePath == "/openapi/v2.json";
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "application/json";
            var body = found ? _spec : Encoding.UTF8.GetBytes("404: Not Found");
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
