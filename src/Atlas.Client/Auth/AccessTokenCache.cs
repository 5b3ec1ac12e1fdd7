using System;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client;

/// <summary>
/// The service account's current token. Reading it is lock-free; fetching a new one happens under a gate, so however
/// many requests find the token missing, stale or refused at once, exactly one token request is in flight and the
/// others take its result.
/// </summary>
internal sealed class AccessTokenCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _clock;
    private AccessToken? _current;

    public AccessTokenCache(TimeProvider clock) => _clock = clock;

    /// <summary>
    /// A usable token: the cached one unless it is due for refresh or is <paramref name="rejected"/> (the token a 401
    /// just refused), otherwise a fresh one from <paramref name="fetch"/>.
    /// </summary>
    public async Task<AccessToken> GetAsync(Func<CancellationToken, Task<AccessToken>> fetch, AccessToken? rejected, CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (IsUsable(token, rejected))
        {
            return token!;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have fetched while this one waited at the gate.
            token = Volatile.Read(ref _current);
            if (IsUsable(token, rejected))
            {
                return token!;
            }

            token = await fetch(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, token);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached token and returns it (for revocation).</summary>
    public AccessToken? Take() => Interlocked.Exchange(ref _current, null);

    private bool IsUsable(AccessToken? token, AccessToken? rejected)
        => token is not null && !ReferenceEquals(token, rejected) && _clock.GetUtcNow() < token.RefreshAt;
}
