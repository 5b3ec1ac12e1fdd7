using System;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Testing;

/// <summary>
/// Decides who an <c>/api/atlas/</c> request comes from: a Digest answer for an API key, or a Bearer token of a service
/// account. A refusal is <c>401 USER_UNAUTHORIZED</c> with a fresh Digest challenge, as Atlas answers.
/// </summary>
internal sealed class Authenticator
{
    public const string Anonymous = "anonymous";

    private readonly AtlasSimulatorOptions _options;
    private readonly DigestServer _digest;
    private readonly OAuthServer _oauth;

    public Authenticator(AtlasSimulatorOptions options, DigestServer digest, OAuthServer oauth)
    {
        _options = options;
        _digest = digest;
        _oauth = oauth;
    }

    /// <summary>The caller, or <see langword="null"/> with the 401 to answer in <paramref name="refusal"/>.</summary>
    public string? Authenticate(HttpContext context, string requestTarget, bool pretty, out SimulatorAnswer? refusal)
    {
        refusal = null;
        if (!_options.RequireAuthentication)
        {
            return Anonymous;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var stale = false;
        if (header.StartsWith("Digest ", StringComparison.OrdinalIgnoreCase))
        {
            switch (_digest.Verify(context.Request.Method, requestTarget, header.Substring(7), out var user))
            {
                case DigestServer.Verdict.Accepted:
                    return user;
                case DigestServer.Verdict.Stale:
                    stale = true;
                    break;
            }
        }
        else if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var clientId = _oauth.Validate(header.Substring(7).Trim());
            if (clientId is not null)
            {
                return clientId;
            }
        }

        refusal = SimulatorAnswer.Error(ApiErrors.UserUnauthorized(), pretty).WithHeader("WWW-Authenticate", _digest.Challenge(stale));
        return null;
    }
}
