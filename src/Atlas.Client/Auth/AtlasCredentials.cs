using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// How calls to Atlas authenticate: an API key pair (HTTP Digest) or a service account (OAuth 2.0 client credentials).
/// One instance holds the state that makes authentication cheap — the Digest nonce and its counter, or the cached access
/// token — and shares it with every handler it creates, so handlers can be recycled (as <c>IHttpClientFactory</c> does)
/// without losing it. Create one per key pair or service account and keep it for the life of the application.
/// </summary>
/// <remarks>
/// No member of this type or of the exceptions it raises ever reveals the private key, the client secret, an access
/// token or an <c>Authorization</c> header value; <see cref="object.ToString"/> shows the kind and the public identifier.
/// </remarks>
public abstract class AtlasCredentials
{
    private protected AtlasCredentials()
    {
    }

    /// <summary>Credentials for a programmatic API key pair, sent with HTTP Digest (RFC 7616, MD5, <c>qop=auth</c>).</summary>
    /// <param name="publicKey">The public key (the Digest user name).</param>
    /// <param name="privateKey">The private key (the Digest password).</param>
    /// <exception cref="ArgumentException">A key is <see langword="null"/>, empty or white space.</exception>
    public static AtlasCredentials ApiKey(string publicKey, string privateKey) => new ApiKeyCredentials(publicKey, privateKey);

    /// <summary>Credentials for a service account, exchanged for a Bearer token with OAuth 2.0 client credentials.</summary>
    /// <param name="clientId">The service account's client id.</param>
    /// <param name="clientSecret">The service account's client secret.</param>
    /// <param name="options">Token endpoint, refresh margin and clock; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The id or secret is <see langword="null"/>, empty or white space, or an option is invalid.</exception>
    public static AtlasCredentials ServiceAccount(string clientId, string clientSecret, ServiceAccountOptions? options = null)
        => new ServiceAccountCredentials(clientId, clientSecret, options);

    /// <summary>
    /// Creates a new handler that authenticates the requests passing through it. Every call returns a new handler (a
    /// handler cannot be reused once its pipeline is built); all of them share this instance's nonce or token cache.
    /// Set its <see cref="DelegatingHandler.InnerHandler"/>, or let <c>IHttpClientFactory</c> or
    /// <see cref="AtlasHttp.Create"/> do it.
    /// </summary>
    public abstract DelegatingHandler CreateHandler();

    /// <summary>
    /// Revokes what these credentials hold at Atlas: for a service account, the cached access token
    /// (<c>POST /api/oauth/revoke</c>), which is then forgotten; API keys hold nothing to revoke, so this does nothing.
    /// </summary>
    /// <param name="httpClient">The client that carries the revocation request; it may be one made by <see cref="AtlasHttp.Create"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is <see langword="null"/>.</exception>
    /// <exception cref="AtlasAuthenticationException">Atlas refused the revocation.</exception>
    public virtual Task RevokeAsync(HttpClient httpClient, CancellationToken cancellationToken = default)
    {
        if (httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient));
        }

        return Task.CompletedTask;
    }
}
