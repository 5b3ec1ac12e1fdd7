using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// HTTP Digest (RFC 7616) for Atlas API keys. After the first challenge every request carries its answer up front with
/// the shared nonce and the next <c>nc</c>, so a call costs one round-trip; a <c>401</c> whose challenge is stale or
/// carries another nonce is answered once, and a second <c>401</c> is handed back unchanged (wrong key pair).
/// </summary>
/// <remarks>
/// .NET's own Digest (<c>HttpClientHandler.Credentials</c>) is not used: it answers every request's challenge afresh,
/// two round-trips per call; the tests in <c>tests/Atlas.Client.Tests/Auth</c> measure both against the simulator.
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

        var session = _credentials.CurrentSession;
        if (session is not null)
        {
            Authorize(request, session);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        var challenge = DigestChallenge.Find(response.Headers.WwwAuthenticate);
        if (challenge is null)
        {
            return response;
        }

        if (!challenge.IsSupported)
        {
            response.Dispose();
            throw new AtlasAuthenticationException(
                $"Atlas asked for HTTP Digest with algorithm '{challenge.Algorithm}'"
                + (challenge.OffersOnlyUnsupportedQop ? " and no qop=auth" : string.Empty)
                + "; this client implements MD5 and SHA-256 (and their -sess forms) with qop=auth.",
                HttpStatusCode.Unauthorized);
        }

        // The nonce we answered was accepted as current yet the answer was refused: the key pair is wrong. Hand the 401
        // back instead of trying again with the same secret.
        if (session is not null && !challenge.Stale && challenge.Nonce == session.Challenge.Nonce)
        {
            return response;
        }

        response.Dispose();
        Authorize(request, _credentials.Adopt(challenge, session));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void Authorize(HttpRequestMessage request, DigestSession session)
    {
        // The request-target exactly as the handler below will write it on the request line.
        var target = request.RequestUri!.PathAndQuery;
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Digest", session.Authorize(request.Method.Method, target));
    }
}
