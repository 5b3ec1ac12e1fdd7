using System;

namespace Atlas.Client.Testing;

/// <summary>
/// The simulator's clock: it ages Digest nonces and access tokens, refills the rate limit and decides whether the
/// tenant endpoints are deprecated or already gone. It follows the system clock until <see cref="SetUtcNow"/> or
/// <see cref="Advance"/> freezes it; pass the same instance to <c>ServiceAccountOptions.TimeProvider</c> to age
/// client-side tokens in step.
/// </summary>
public sealed class SimulatorClock : TimeProvider
{
    // DateTimeOffset? is not read or written atomically: every access goes through this lock.
    private readonly object _gate = new();
    private DateTimeOffset? _frozenAt;

    /// <summary>Whether the clock follows the system clock (<see langword="false"/> once set or advanced).</summary>
    public bool FollowsSystemClock
    {
        get
        {
            lock (_gate)
            {
                return _frozenAt is null;
            }
        }
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozenAt ?? TimeProvider.System.GetUtcNow();
        }
    }

    /// <summary>Freezes the clock at <paramref name="utcNow"/>.</summary>
    public void SetUtcNow(DateTimeOffset utcNow)
    {
        lock (_gate)
        {
            _frozenAt = utcNow.ToUniversalTime();
        }
    }

    /// <summary>Moves the clock forward (freezing it at the current time first if it followed the system clock).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is negative.</exception>
    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), "The clock only moves forward.");
        }

        lock (_gate)
        {
            _frozenAt = (_frozenAt ?? TimeProvider.System.GetUtcNow()) + delta;
        }
    }

    /// <summary>Makes the clock follow the system clock again.</summary>
    public void UseSystemClock()
    {
        lock (_gate)
        {
            _frozenAt = null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => FollowsSystemClock ? "SimulatorClock(system)" : "SimulatorClock(" + GetUtcNow().ToString("O", global::System.Globalization.CultureInfo.InvariantCulture) + ")";
}
