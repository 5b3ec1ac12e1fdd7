using System;

namespace Atlas.Client.Testing;

/// <summary>
/// A token bucket per caller, as Atlas meters its API: <see cref="Limit"/> requests, refilled evenly over
/// <see cref="Window"/>. Past it the simulator answers <c>429 RATE_LIMITED</c> with <c>Retry-After</c>; successful answers
/// carry <c>RateLimit-Limit</c> and <c>RateLimit-Remaining</c>.
/// </summary>
public sealed class SimulatorRateLimit
{
    /// <summary>Creates the limit.</summary>
    /// <param name="limit">The bucket's size: how many requests may come at once.</param>
    /// <param name="window">How long the bucket takes to refill from empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is below 1 or <paramref name="window"/> is not positive.</exception>
    public SimulatorRateLimit(int limit, TimeSpan window)
    {
        Limit = limit >= 1 ? limit : throw new ArgumentOutOfRangeException(nameof(limit), "The limit must be at least 1.");
        Window = window > TimeSpan.Zero ? window : throw new ArgumentOutOfRangeException(nameof(window), "The window must be positive.");
    }

    /// <summary>How many requests the bucket holds.</summary>
    public int Limit { get; }

    /// <summary>How long an empty bucket takes to refill.</summary>
    public TimeSpan Window { get; }
}
