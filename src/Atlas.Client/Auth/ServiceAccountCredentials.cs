using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>A service account; holds the access token that all its handlers share.</summary>
internal sealed class ServiceAccountCredentials : AtlasCredentials
{
    private const string TokenPath = "/api/oauth/token";
    private const string RevocationPath = "/api/oauth/revoke";

    private readonly string _clientSecret;
    private readonly Uri? _tokenEndpoint;
    private readonly Uri? _revocationEndpoint;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeProvider _clock;
    private readonly AccessTokenCache _tokens;

    public ServiceAccountCredentials(string clientId, string clientSecret, ServiceAccountOptions? options)
    {
        ClientId = RequestArgument.NotBlank(clientId, nameof(clientId));
        _clientSecret = RequestArgument.NotBlank(clientSecret, nameof(clientSecret));
        options ??= new ServiceAccountOptions();

        // Copied, so that changing the options object later cannot change credentials already in use.
        _tokenEndpoint = AbsoluteOrNull(options.TokenEndpoint, nameof(ServiceAccountOptions.TokenEndpoint));
        _revocationEndpoint = AbsoluteOrNull(options.RevocationEndpoint, nameof(ServiceAccountOptions.RevocationEndpoint));
        if (options.RefreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ServiceAccountOptions.RefreshMargin must not be negative.");
        }

        _refreshMargin = options.RefreshMargin;
        _clock = options.TimeProvider ?? throw new ArgumentException("ServiceAccountOptions.TimeProvider must not be null.", nameof(options));
        _tokens = new AccessTokenCache(_clock);
    }

    public string ClientId { get; }

    public override DelegatingHandler CreateHandler() => new BearerTokenHandler(this);

    /// <summary>Removes the client secret from a text that came from elsewhere (a server's error page) before it is shown.</summary>
    public string Redact(string text) => text.Replace(_clientSecret, "[redacted]");

    /// <summary>
    /// A token for a request to <paramref name="requestUri"/>, fetched through <paramref name="send"/> — the transport
    /// below the Bearer handler, so the token request never passes through Bearer logic itself.
    /// </summary>
    public Task<AccessToken> GetTokenAsync(
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, Uri? requestUri, AccessToken? rejected, CancellationToken cancellationToken)
        => _tokens.GetAsync(ct => FetchAsync(send, requestUri, ct), rejected, cancellationToken);

    public override async Task RevokeAsync(HttpClient httpClient, CancellationToken cancellationToken = default)
    {
        await base.RevokeAsync(httpClient, cancellationToken).ConfigureAwait(false);
        var token = _tokens.Take();
        if (token is null)
        {
            return;
        }

        var endpoint = _revocationEndpoint ?? new Uri(new Uri(token.Issuer.GetLeftPart(UriPartial.Authority)), RevocationPath);
        using var request = OAuthEndpoint.CreateRevocationRequest(endpoint, ClientId, _clientSecret, token.Value);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await OAuthEndpoint.ReadErrorAsync(response, "token revocation", _clientSecret, cancellationToken).ConfigureAwait(false);
        }
    }

    public override string ToString() => "AtlasCredentials.ServiceAccount(clientId: " + ClientId + ")";

    private async Task<AccessToken> FetchAsync(
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, Uri? requestUri, CancellationToken cancellationToken)
    {
        var endpoint = _tokenEndpoint ?? DefaultTokenEndpoint(requestUri);
        using var request = OAuthEndpoint.CreateTokenRequest(endpoint, ClientId, _clientSecret);
        using var response = await send(request, cancellationToken).ConfigureAwait(false);
        return await OAuthEndpoint.ReadTokenAsync(response, endpoint, _clock, _refreshMargin, _clientSecret, cancellationToken).ConfigureAwait(false);
    }

    private static Uri DefaultTokenEndpoint(Uri? requestUri)
    {
        if (requestUri is null || !requestUri.IsAbsoluteUri)
        {
            throw new InvalidOperationException(
                "A service account needs the request's absolute address to find the token endpoint: give the HttpClient a BaseAddress or set ServiceAccountOptions.TokenEndpoint.");
        }

        return new Uri(new Uri(requestUri.GetLeftPart(UriPartial.Authority)), TokenPath);
    }

    private static Uri? AbsoluteOrNull(Uri? uri, string optionName)
        => uri is null || uri.IsAbsoluteUri
            ? uri
            : throw new ArgumentException($"ServiceAccountOptions.{optionName} must be an absolute URI.", "options");
}
