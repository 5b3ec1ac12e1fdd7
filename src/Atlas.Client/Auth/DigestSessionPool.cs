using System.Collections.Generic;

namespace Atlas.Client;

/// <summary>
/// The nonces of one key pair that no request is using right now. A request takes one for itself and gives it back once
/// its exchange has ended (an answer, or a failure), unless the server refused the nonce; so each nonce is used by one request at a time and its <c>nc</c> values reach the server in
/// the order they were counted: a server that checks counts strictly (RFC 7616 §3.4, Apache's <c>AuthDigestNcCheck On</c>)
/// never sees one out of order. Concurrent requests each get a nonce of their own; the pool grows to the largest number
/// of requests in flight at once, and no further.
/// </summary>
internal sealed class DigestSessionPool
{
    private readonly Stack<DigestSession> _idle = new();

    /// <summary>The nonce used last (most likely still fresh), or <see langword="null"/> when every nonce is in use.</summary>
    public DigestSession? TryRent()
    {
        lock (_idle)
        {
            return _idle.Count > 0 ? _idle.Pop() : null;
        }
    }

    /// <summary>Gives back a nonce whose request has ended on this side.</summary>
    public void Return(DigestSession session)
    {
        lock (_idle)
        {
            _idle.Push(session);
        }
    }
}
