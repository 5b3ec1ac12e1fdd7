using System.Net.Http.Headers;

namespace Atlas.Client.Tests.Conformance;

/// <summary>One request as the client's transport sent it and the answer as it came back, bytes and headers.</summary>
internal sealed record RecordedExchange(
    string Scenario,
    string Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> RequestHeaders,
    byte[]? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    byte[] ResponseBody)
{
    /// <summary>The request was made wrong on purpose (to get an error answer); its request check must find this text.</summary>
    public string? RequestBreaks { get; init; }

    public string? Header(IReadOnlyDictionary<string, string> headers, string name) => headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"[{Scenario}] {Method} {Uri.PathAndQuery} → {Status}";
}

/// <summary>
/// Sits below the authentication handler and records every exchange on the wire, Digest challenges included, so the
/// conformance tests see exactly what the client sent and what the simulator answered.
/// </summary>
internal sealed class ExchangeRecorder : DelegatingHandler
{
    private readonly List<RecordedExchange> _exchanges = new();

    public ExchangeRecorder(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>What the next calls are about (shown with every finding).</summary>
    public string Scenario { get; set; } = "(none)";

    /// <summary>Set while requests are made wrong on purpose: the text their request check must find.</summary>
    public string? RequestBreaks { get; set; }

    public IReadOnlyList<RecordedExchange> Exchanges
    {
        get
        {
            lock (_exchanges)
            {
                return _exchanges.ToArray();
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => RecordAsync(request, r => base.SendAsync(r, cancellationToken), cancellationToken);

    /// <summary>Sends through <paramref name="send"/> and records the exchange (also for another client's pipeline).</summary>
    public async Task<HttpResponseMessage> RecordAsync(HttpRequestMessage request, Func<HttpRequestMessage, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        var requestHeaders = Headers(request.Headers, request.Content?.Headers);
        var requestBody = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var response = await send(request);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var exchange = new RecordedExchange(
            Scenario, request.Method.Method, request.RequestUri!, requestHeaders, requestBody,
            (int)response.StatusCode, Headers(response.Headers, response.Content.Headers), responseBody)
        {
            RequestBreaks = RequestBreaks,
        };
        lock (_exchanges)
        {
            _exchanges.Add(exchange);
        }

        return response;
    }

    private static Dictionary<string, string> Headers(HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in contentHeaders is null ? headers : headers.Concat(contentHeaders))
        {
            all[header.Key] = string.Join(", ", header.Value);
        }

        return all;
    }
}
