namespace Atlas.Client.Testing;

/// <summary>
/// How strictly the simulator checks the <c>nc</c> (nonce count) of a Digest answer against the counts already used
/// with its nonce. A refused count is answered <c>401</c> with a fresh nonce and <c>stale=false</c>, as Apache httpd's
/// <c>mod_auth_digest</c> answers one.
/// </summary>
public enum DigestNonceCountCheck
{
    /// <summary>A count used before with the nonce is a replay and is refused; any other is accepted (the default).</summary>
    Unique,

    /// <summary>
    /// Each count must be greater than every count used before with the nonce (RFC 7616 §3.4: the server may check that
    /// nc is strictly increasing): requests that share a nonce and arrive out of order are refused.
    /// </summary>
    Increasing,

    /// <summary>
    /// Each count must be exactly one more than the last accepted one, starting at 1: Apache httpd's
    /// <c>AuthDigestNcCheck On</c>, the strictest check a server makes.
    /// </summary>
    Sequential,
}
