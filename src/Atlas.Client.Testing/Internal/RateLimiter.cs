using System;
using System.Collections.Concurrent;

namespace Atlas.Client.Testing;

/// <summary>A token bucket per caller on the simulator's clock (Atlas: "token bucket per endpoint set").</summary>
internal sealed class RateLimiter
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly SimulatorClock _clock;

    public RateLimiter(SimulatorClock clock) => _clock = clock;

    /// <summary>Takes one token; <paramref name="retryAfterSeconds"/> says when the next one comes if none was left.</summary>
    public bool TryTake(string caller, SimulatorRateLimit limit, out int remaining, out int retryAfterSeconds)
    {
        var bucket = _buckets.GetOrAdd(caller, _ => new Bucket());
        var now = _clock.GetUtcNow();
        var perSecond = limit.Limit / limit.Window.TotalSeconds;
        lock (bucket)
        {
            if (bucket.Limit != limit)
            {
                // A new limit (changed while running) starts full.
                bucket.Limit = limit;
                bucket.Tokens = limit.Limit;
                bucket.Updated = now;
            }

            var elapsed = Math.Max(0, (now - bucket.Updated).TotalSeconds);
            bucket.Tokens = Math.Min(limit.Limit, bucket.Tokens + (elapsed * perSecond));
            bucket.Updated = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                remaining = (int)Math.Floor(bucket.Tokens);
                retryAfterSeconds = 0;
                return true;
            }

            remaining = 0;
            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - bucket.Tokens) / perSecond));
            return false;
        }
    }

    private sealed class Bucket
    {
        public SimulatorRateLimit? Limit { get; set; }

        public double Tokens { get; set; }

        public DateTimeOffset Updated { get; set; }
    }
}
