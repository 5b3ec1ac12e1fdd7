using System;
using System.Net;

namespace Atlas.Client;

/// <summary>
/// Authentication itself failed: Atlas refused an API key pair's Digest answer to a fresh challenge, or a service
/// account's freshly issued token; the OAuth token or revocation endpoint refused the service account (for example
/// <c>invalid_client</c> or <c>invalid_grant</c>) or answered something that is not a token; or Atlas asked for a Digest
/// variant this client does not implement. The message names the credentials by their public part (public key or
/// client id), says what to check, and never contains a secret or a token; <see cref="AtlasApiException.Error"/> holds
/// Atlas's error body when the refusal carried one.
/// </summary>
public class AtlasAuthenticationException : AtlasApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A message that never contains credentials.</param>
    /// <param name="statusCode">The HTTP status of the answer that failed.</param>
    /// <param name="oauthError">The OAuth <c>error</c> code, if the answer carried one.</param>
    /// <param name="oauthErrorDescription">The OAuth <c>error_description</c>, with any secret removed.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public AtlasAuthenticationException(
        string message, HttpStatusCode statusCode, string? oauthError = null, string? oauthErrorDescription = null, Exception? innerException = null)
        : base(message, statusCode, error: null, innerException)
    {
        OAuthError = oauthError;
        OAuthErrorDescription = oauthErrorDescription;
    }

    /// <summary>Creates the exception for a refusal by the Atlas API itself, keeping its error body (and, for a copy, the OAuth error).</summary>
    internal AtlasAuthenticationException(
        string message, HttpStatusCode statusCode, ApiError? error, Exception? innerException, string? oauthError = null, string? oauthErrorDescription = null)
        : base(message, statusCode, error, innerException)
    {
        OAuthError = oauthError;
        OAuthErrorDescription = oauthErrorDescription;
    }

    /// <summary>The OAuth error code (RFC 6749 §5.2), e.g. <c>invalid_client</c> or <c>invalid_grant</c>.</summary>
    public string? OAuthError { get; }

    /// <summary>The OAuth error description the server gave, with any secret removed.</summary>
    public string? OAuthErrorDescription { get; }
}
