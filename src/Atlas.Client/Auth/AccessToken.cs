using System;

namespace Atlas.Client;

/// <summary>A Bearer token and when to stop using it. <see cref="ToString"/> never shows the token.</summary>
internal sealed class AccessToken
{
    public AccessToken(string value, DateTimeOffset refreshAt, Uri issuer)
    {
        Value = value;
        RefreshAt = refreshAt;
        Issuer = issuer;
    }

    public string Value { get; }

    /// <summary>The moment a new token is fetched instead: shortly before <c>expires_in</c> runs out.</summary>
    public DateTimeOffset RefreshAt { get; }

    /// <summary>The token endpoint that issued it; revocation goes to the same host.</summary>
    public Uri Issuer { get; }

    public override string ToString() => "AccessToken(refresh at " + RefreshAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + ")";
}
