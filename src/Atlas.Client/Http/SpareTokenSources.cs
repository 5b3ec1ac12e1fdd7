using System.Threading;

namespace Atlas.Client.Http;

/// <summary>A body deadline's token source, which remembers whether its timer was ever started.</summary>
internal sealed class DeadlineTokenSource : CancellationTokenSource
{
    /// <summary>Set before <see cref="CancellationTokenSource.CancelAfter(System.TimeSpan)"/>; such a source is never reused.</summary>
    public bool TimerStarted;
}

/// <summary>
/// Reuses the <see cref="CancellationTokenSource"/> of a body's deadline (<see cref="ResponseDeadline"/>), so a call
/// whose body arrives in time allocates none. One spare per thread: a call holds its source only while it reads, and
/// a thread runs one read at a time, so one is enough to serve nearly every call without any locking.
/// </summary>
internal static class SpareTokenSources
{
#if NET6_0_OR_GREATER
    [System.ThreadStatic]
    private static DeadlineTokenSource? t_spare;

    public static DeadlineTokenSource Rent()
    {
        var spare = t_spare;
        if (spare is null)
        {
            return new DeadlineTokenSource();
        }

        t_spare = null;
        return spare;
    }

    /// <summary>
    /// Takes back a source whose call has ended. Only a source whose timer never started is kept: TryReset is not safe
    /// against a timer that fires at the same moment (it may say true while the timer's callback is about to cancel),
    /// which would hand the next call a source that cancels under it. TryReset refuses a canceled source.
    /// A source that was armed or canceled is disposed instead; that is the slow path of a read that had to wait.
    /// </summary>
    public static void Return(DeadlineTokenSource source)
    {
        if (t_spare is null && !source.TimerStarted && source.TryReset())
        {
            t_spare = source;
        }
        else
        {
            source.Dispose();
        }
    }
#else
    // No TryReset before .NET 6: a source cannot be made fresh again, so each deadline gets its own (its timer, the
    // costly part, still starts only when a read has to wait).
    public static DeadlineTokenSource Rent() => new();

    public static void Return(DeadlineTokenSource source) => source.Dispose();
#endif
}
