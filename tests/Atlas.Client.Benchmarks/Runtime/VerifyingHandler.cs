namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// The smoke run's server: answers like <see cref="CannedResponseHandler"/> but first checks that the request is the
/// one the endpoint needs (GET, exact URI, exactly one Accept value with the versioned media type).
/// </summary>
internal sealed class VerifyingHandler : HttpMessageHandler
{
    private readonly Uri _expectedUri;
    private readonly string _mediaType;
    private readonly CannedResponseHandler _inner;

    public VerifyingHandler(Uri expectedUri, string mediaType, byte[] body)
    {
        _expectedUri = expectedUri;
        _mediaType = mediaType;
        _inner = new CannedResponseHandler(body, mediaType);
    }

    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var problems = new List<string>();
        if (request.Method != HttpMethod.Get)
        {
            problems.Add($"method {request.Method}, expected GET");
        }

        if (request.RequestUri is null || request.RequestUri.AbsoluteUri != _expectedUri.AbsoluteUri)
        {
            problems.Add($"URI '{request.RequestUri}', expected '{_expectedUri}'");
        }

        var accept = request.Headers.Accept.Select(a => a.ToString()).ToArray();
        if (accept.Length != 1 || accept[0] != _mediaType)
        {
            problems.Add($"Accept [{string.Join(", ", accept)}], expected [{_mediaType}]");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Wrong request: " + string.Join("; ", problems));
        }

        return Task.FromResult(_inner.Answer());
    }
}
