using System.Net.Http;
using System.Threading;

namespace Atlas.Client;

/// <summary>An API key pair; holds the Digest nonce that all its handlers share.</summary>
internal sealed class ApiKeyCredentials : AtlasCredentials
{
    private readonly string _privateKey;
    private DigestSession? _session;

    public ApiKeyCredentials(string publicKey, string privateKey)
    {
        PublicKey = RequestArgument.NotBlank(publicKey, nameof(publicKey));
        _privateKey = RequestArgument.NotBlank(privateKey, nameof(privateKey));
    }

    public string PublicKey { get; }

    /// <summary>The nonce in use, or <see langword="null"/> before the first challenge.</summary>
    public DigestSession? CurrentSession => Volatile.Read(ref _session);

    public override DelegatingHandler CreateHandler() => new DigestAuthenticationHandler(this);

    /// <summary>
    /// Switches to the nonce of <paramref name="challenge"/>, unless a concurrent request already did: then its session
    /// (and its <c>nc</c> count) is reused rather than restarted, so concurrent requests never send the same nc twice.
    /// </summary>
    public DigestSession Adopt(DigestChallenge challenge, DigestSession? seen)
    {
        var current = Volatile.Read(ref _session);
        if (current is not null && current != seen && current.Challenge.Nonce == challenge.Nonce)
        {
            return current;
        }

        var fresh = new DigestSession(challenge, PublicKey, _privateKey);
        var raced = Interlocked.CompareExchange(ref _session, fresh, current);
        return raced == current ? fresh : raced!;
    }

    public override string ToString() => "AtlasCredentials.ApiKey(publicKey: " + PublicKey + ")";
}
