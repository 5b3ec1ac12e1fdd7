using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// HTTP Digest (RFC 7616) for Atlas API keys. A request takes an idle nonce of its key pair (see
/// <see cref="DigestSessionPool"/>) and answers it up front with the nonce's next <c>nc</c>, so a call costs one
/// round-trip; only when every nonce is in use (or none was handed out yet) does it go without, to be challenged. A
/// <c>401</c> whose challenge carries another nonce or <c>stale=true</c> is answered once, on that challenge's own new
/// nonce, with the body sent again. A <c>401</c> to an answer of a fresh challenge, or one that calls the nonce it just
/// accepted current, is an <see cref="AtlasAuthenticationException"/> naming the public key: the key pair is wrong.
/// </summary>
/// <remarks>
/// <para>
/// Per request at most two <c>Authorization</c> headers go out, each with a (nonce, nc) pair never sent before, and
/// the private key itself never leaves the process. Because a nonce is used by one request at a time, its counts reach
/// the server strictly in order, which servers that check them strictly (Apache's <c>AuthDigestNcCheck On</c>) require
/// (<c>DigestLoadTests</c> in <c>tests/Atlas.Client.Reliability.Tests</c>: 64 concurrent callers × 1,000 calls against
/// such a server, no failure, 1.001 round-trips per call).
/// </para>
/// <para>
/// .NET's own Digest (<c>HttpClientHandler.Credentials</c>) is not used: it answers every request's challenge afresh,
/// two round-trips per call; the tests in <c>tests/Atlas.Client.Tests/Auth</c> measure both against the simulator.
/// </para>
/// </remarks>
internal sealed class DigestAuthenticationHandler : DelegatingHandler
{
    private readonly ApiKeyCredentials _credentials;

    public DigestAuthenticationHandler(ApiKeyCredentials credentials) => _credentials = credentials;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (AuthenticationBypass.IsSet(request))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        await ReplayableContent.EnsureAsync(request, cancellationToken).ConfigureAwait(false);

        var session = _credentials.Sessions.TryRent();
        var response = await SendAsync(request, session, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            GiveBack(session);
            return response;
        }

        var challenge = DigestChallenge.Find(response.Headers.WwwAuthenticate);
        if (challenge is null)
        {
            // Not a Digest refusal (no challenge): the nonce was not refused, and Atlas's answer is handed back as it is.
            GiveBack(session);
            return response;
        }

        // From here on the nonce is refused (or was never there): it is not given back.
        if (!challenge.IsSupported)
        {
            response.Dispose();
            throw new AtlasAuthenticationException(
                $"Atlas asked for HTTP Digest with algorithm '{challenge.Algorithm}'"
                + (challenge.OffersOnlyUnsupportedQop ? " and no qop=auth" : string.Empty)
                + "; this client implements MD5 and SHA-256 (and their -sess forms) with qop=auth.",
                HttpStatusCode.Unauthorized);
        }

        // The server calls the nonce we answered current, yet refused the answer: the key pair is wrong. Report it
        // instead of trying again with the same secret.
        if (session is not null && !challenge.Stale && challenge.Nonce == session.Challenge.Nonce)
        {
            throw await RefusedAsync(response, cancellationToken).ConfigureAwait(false);
        }

        // No nonce yet, or the server wants another one (stale, or a count it would not take): answer its challenge once.
        response.Dispose();
        var fresh = _credentials.StartSession(challenge);
        response = await SendAsync(request, fresh, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            GiveBack(fresh);
            return response;
        }

        if (DigestChallenge.Find(response.Headers.WwwAuthenticate) is null)
        {
            GiveBack(fresh); // as above: not a Digest refusal
            return response;
        }

        throw await RefusedAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the request answered with <paramref name="session"/>'s next count (or unanswered without one). When the
    /// exchange fails (reset, timeout, cancellation) the nonce goes back to the pool: its next count is higher than any
    /// the server may have seen, and a server that wanted exactly the one it missed asks again, which is answered once.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, DigestSession? session, CancellationToken cancellationToken)
    {
        if (session is not null)
        {
            Authorize(request, session);
        }

        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            GiveBack(session);
            throw;
        }
    }

    private void GiveBack(DigestSession? session)
    {
        if (session is not null)
        {
            _credentials.Sessions.Return(session);
        }
    }

    /// <summary>The 401 to an answer of a fresh challenge: which key pair, what Atlas said, what to check.</summary>
    private async Task<AtlasAuthenticationException> RefusedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            var answer = await Http.ErrorAnswer.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            var message = new StringBuilder("Atlas refused the API key with public key '").Append(_credentials.PublicKey)
                .Append("' (HTTP Digest): it answered ").Append(answer.StatusText);
            answer.AppendBody(message, _credentials.Redact);
            message.Append(" Check that the private key is the one issued with this public key (Atlas shows it once, when the key is created), ")
                .Append("that the API key has not been deleted, and that it has a role in the organization or project it calls.");
            return new AtlasAuthenticationException(message.ToString(), answer.Status, answer.Error, answer.Broken);
        }
    }

    private static void Authorize(HttpRequestMessage request, DigestSession session)
    {
        // The request-target exactly as the handler below will write it on the request line.
        var target = request.RequestUri!.PathAndQuery;
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Digest", session.Authorize(request.Method.Method, target));
    }
}
