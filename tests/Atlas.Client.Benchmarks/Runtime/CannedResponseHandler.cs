using System.Net;

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// The in-memory server every client under measurement talks to: a 200 with the spec's example body, pre-encoded once.
/// Per call it only allocates what a real answer needs (a response, a fresh <see cref="ByteArrayContent"/> over the
/// same bytes), identically for every client, so the differences measured are the clients' own.
/// </summary>
internal sealed class CannedResponseHandler : HttpMessageHandler
{
    private readonly byte[] _body;
    private readonly string _contentType;

    public CannedResponseHandler(byte[] body, string contentType)
    {
        _body = body ?? throw new ArgumentNullException(nameof(body));
        _contentType = contentType ?? throw new ArgumentNullException(nameof(contentType));
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Task.FromResult(Answer());

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => Answer();

    /// <summary>One answer: a fresh response and content over the shared pre-encoded bytes.</summary>
    internal HttpResponseMessage Answer()
    {
        var content = new ByteArrayContent(_body);
        // Unvalidated: parsed lazily, only by a client that actually reads the content type.
        content.Headers.TryAddWithoutValidation("Content-Type", _contentType);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
