using System.Threading;

namespace Atlas.Client.Http;

/// <summary>
/// Reuses the <see cref="CancellationTokenSource"/> of a body's deadline (<see cref="ResponseDeadline"/>), so a call
/// whose body arrives in time allocates none. One spare per thread: a call holds its source only while it reads, and
/// a thread runs one read at a time, so one is enough to serve nearly every call without any locking.
/// </summary>
internal static class SpareTokenSources
{
#if NET6_0_OR_GREATER
    [System.ThreadStatic]
    private static CancellationTokenSource? t_spare;

    public static CancellationTokenSource Rent()
    {
        var spare = t_spare;
        if (spare is null)
        {
            return new CancellationTokenSource();
        }

        t_spare = null;
        return spare;
    }

    /// <summary>
    /// Takes back a source whose call has ended. TryReset refuses a source that was canceled or whose timer ever fired
    /// (it may still be canceling), and stops a started timer; such a source is disposed instead.
    /// </summary>
    public static void Return(CancellationTokenSource source)
    {
        if (t_spare is null && source.TryReset())
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
    public static CancellationTokenSource Rent() => new();

    public static void Return(CancellationTokenSource source) => source.Dispose();
#endif
}
