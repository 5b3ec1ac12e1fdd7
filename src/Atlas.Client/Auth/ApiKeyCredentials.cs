using System.Net.Http;

namespace Atlas.Client;

/// <summary>An API key pair; holds the Digest nonces that all its handlers share.</summary>
internal sealed class ApiKeyCredentials : AtlasCredentials
{
    private readonly string _privateKey;

    public ApiKeyCredentials(string publicKey, string privateKey)
    {
        PublicKey = RequestArgument.NotBlank(publicKey, nameof(publicKey));
        _privateKey = RequestArgument.NotBlank(privateKey, nameof(privateKey));
    }

    public string PublicKey { get; }

    /// <summary>The nonces these credentials hold, shared by all their handlers.</summary>
    public DigestSessionPool Sessions { get; } = new();

    public override DelegatingHandler CreateHandler() => new DigestAuthenticationHandler(this);

    /// <summary>A session on the nonce of <paramref name="challenge"/>, for the one request that received it.</summary>
    public DigestSession StartSession(DigestChallenge challenge) => new(challenge, PublicKey, _privateKey);

    /// <summary>Removes the private key from a text that came from elsewhere (a server's error page) before it is shown.</summary>
    public string Redact(string text) => text.Replace(_privateKey, "[redacted]");

    public override string ToString() => "AtlasCredentials.ApiKey(publicKey: " + PublicKey + ")";
}
