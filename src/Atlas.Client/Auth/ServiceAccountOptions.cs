using System;

namespace Atlas.Client;

/// <summary>Options of <see cref="AtlasCredentials.ServiceAccount"/>.</summary>
public sealed class ServiceAccountOptions
{
    /// <summary>The default <see cref="RefreshMargin"/>: one minute.</summary>
    public static TimeSpan DefaultRefreshMargin { get; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The absolute address of the token endpoint. <see langword="null"/> (the default) uses <c>/api/oauth/token</c> on the
    /// host the API request goes to, e.g. <c>https://cloud.mongodb.com/api/oauth/token</c>.
    /// </summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>
    /// The absolute address of the revocation endpoint. <see langword="null"/> (the default) uses <c>/api/oauth/revoke</c>
    /// on the host the token came from.
    /// </summary>
    public Uri? RevocationEndpoint { get; set; }

    /// <summary>
    /// How long before <c>expires_in</c> runs out a new token is fetched, so that a request never leaves with a token
    /// about to expire in flight. At most half the token's lifetime is used. Default <see cref="DefaultRefreshMargin"/>.
    /// </summary>
    public TimeSpan RefreshMargin { get; set; } = DefaultRefreshMargin;

    /// <summary>The clock that ages tokens; <see cref="System.TimeProvider.System"/> by default (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
