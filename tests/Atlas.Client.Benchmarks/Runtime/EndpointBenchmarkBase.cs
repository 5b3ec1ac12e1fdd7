using BenchmarkDotNet.Attributes;

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// One HttpClient over the in-memory handler, shared by every client of one endpoint's benchmark class, so each
/// benchmark method differs only in the client code it calls.
/// </summary>
public abstract class EndpointBenchmarkBase
{
    private protected EndpointBenchmarkBase(SpecExampleBody.Endpoint endpoint, Uri expectedUri)
    {
        Endpoint = endpoint;
        ExpectedUri = expectedUri;
    }

    internal SpecExampleBody.Endpoint Endpoint { get; }

    /// <summary>The absolute URI every client must request for <see cref="EndpointCall"/>'s arguments.</summary>
    internal Uri ExpectedUri { get; }

    /// <summary>The smoke run swaps in a handler that checks each request; benchmarks use the cheap canned one.</summary>
    internal Func<byte[], HttpMessageHandler>? HandlerOverride { get; set; }

    private protected HttpClient Http { get; private set; } = null!;

    [GlobalSetup]
    public void CreateClients()
    {
        var body = SpecExampleBody.Utf8(Endpoint);
        var handler = HandlerOverride?.Invoke(body) ?? new CannedResponseHandler(body, Endpoint.MediaType);
        Http = new HttpClient(handler) { BaseAddress = EndpointCall.BaseAddress };
        CreateTypedClients(Http);
    }

    [GlobalCleanup]
    public void DisposeClients() => Http.Dispose();

    private protected abstract void CreateTypedClients(HttpClient http);
}
