using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Atlas.Client.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an ephemeral port, answering with a script the test gives and recording
/// what arrived exactly as it came over the wire (the raw request target, before any decoding), so tests can assert on
/// the server's side what a generated client sent.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <param name="respond">The script: how the server answers every request.</param>
    /// <param name="configure">Kestrel settings beyond the defaults (e.g. larger request-line limits for 10 KB route values).</param>
    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> respond, Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            configure?.Invoke(options);
        });
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            var feature = context.Features.Get<IHttpRequestFeature>()!;
            server!.Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                feature.RawTarget,
                context.Request.Headers.Accept.ToString(),
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            await respond(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new LoopbackServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        return server;
    }

    /// <summary>An HttpClient whose BaseAddress is this server.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the server saw it.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string Accept, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The raw path, without the query.</summary>
    public string RawPath => RawTarget.Split('?')[0];

    /// <summary>The raw query without '?', or empty.</summary>
    public string RawQuery => RawTarget.Contains('?') ? RawTarget[(RawTarget.IndexOf('?') + 1)..] : string.Empty;
}
