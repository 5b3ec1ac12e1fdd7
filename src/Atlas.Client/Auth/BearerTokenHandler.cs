using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// Sends every request with <c>Authorization: Bearer …</c> from the service account's shared token cache. A
/// <c>401</c> is retried exactly once with a token fetched after the refused one (or the one a concurrent request
/// already fetched); a second <c>401</c> is handed back.
/// </summary>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly ServiceAccountCredentials _credentials;

    public BearerTokenHandler(ServiceAccountCredentials credentials) => _credentials = credentials;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (AuthenticationBypass.IsSet(request))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        await ReplayableContent.EnsureAsync(request, cancellationToken).ConfigureAwait(false);

        var token = await _credentials.GetTokenAsync((r, ct) => base.SendAsync(r, ct), request.RequestUri, rejected: null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        token = await _credentials.GetTokenAsync((r, ct) => base.SendAsync(r, ct), request.RequestUri, rejected: token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
