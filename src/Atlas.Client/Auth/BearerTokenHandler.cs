using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// Sends every request with <c>Authorization: Bearer …</c> from the service account's shared token cache. A
/// <c>401</c> is retried exactly once with a token fetched after the refused one (or the one a concurrent request
/// already fetched); a second <c>401</c>, to a token issued after the refused one, is an
/// <see cref="AtlasAuthenticationException"/> naming the client id, as a wrong API key pair is for Digest.
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
        response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        throw await RefusedAsync(response, token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The 401 to a token fetched after the refused one: which service account, what Atlas said, what to check.</summary>
    private async Task<AtlasAuthenticationException> RefusedAsync(HttpResponseMessage response, AccessToken token, CancellationToken cancellationToken)
    {
        using (response)
        {
            var answer = await Http.ErrorAnswer.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            var message = new StringBuilder("Atlas refused a freshly issued access token of the service account with client id '")
                .Append(_credentials.ClientId).Append("': it answered ").Append(answer.StatusText);
            answer.AppendBody(message, text => _credentials.Redact(text).Replace(token.Value, "[redacted]"));
            message.Append(" Check that the service account has not been deleted, that it has a role in the organization or project it calls, ")
                .Append("and that the token endpoint belongs to the Atlas the calls go to.");
            return new AtlasAuthenticationException(message.ToString(), answer.Status, answer.Error, answer.Broken);
        }
    }
}
