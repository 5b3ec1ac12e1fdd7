using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

/// <summary>
/// Keeps <see cref="System.Net.Http.HttpClient.Timeout"/> in force while a body is read. With
/// <see cref="System.Net.Http.HttpCompletionOption.ResponseHeadersRead"/> HttpClient stops timing once the headers are
/// in, so a server that sends headers and then trickles (or stalls) the body would hold a call far past the timeout.
/// What is left of the timeout after the headers becomes a token for the body.
/// </summary>
/// <remarks>
/// Costs nothing until a read has to wait. The token comes from a reused <see cref="CancellationTokenSource"/>
/// (<see cref="SpareTokenSources"/>), and its timer only starts when a read does not complete at once
/// (<see cref="Watch{T}(Task{T})"/>): a body already in memory or in the connection's buffer, which is most answers
/// of an API whose bodies are a few kilobytes, is read without any timer. The deadline stays the request's start plus
/// the timeout, however late the timer starts. Dispose it exactly once (it is only used with <c>using</c>): a second
/// Dispose would hand the same source to two calls.
/// </remarks>
internal readonly struct ResponseDeadline : IDisposable
{
    private readonly DeadlineTokenSource? _source;
    private readonly CancellationTokenRegistration _callerLink;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _timeout;
    private readonly long _startedAt;

    private ResponseDeadline(DeadlineTokenSource? source, CancellationTokenRegistration callerLink, CancellationToken caller, TimeSpan timeout, long startedAt)
    {
        _source = source;
        _callerLink = callerLink;
        _caller = caller;
        _timeout = timeout;
        _startedAt = startedAt;
    }

    /// <summary>Cancels when the caller cancels or when the client's timeout, counted from the request's start, runs out.</summary>
    public CancellationToken Token => _source?.Token ?? _caller;

    /// <summary>
    /// The clock a request's start is taken on (the startedAt of <see cref="AfterHeaders"/>), in
    /// milliseconds: the coarse system tick, which is what timers are scheduled by anyway, and which costs half of
    /// <see cref="Stopwatch.GetTimestamp"/> on every call.
    /// </summary>
    public static long StartClock()
#if NETCOREAPP3_0_OR_GREATER
        => Environment.TickCount64;
#else
        => Environment.TickCount;
#endif

    /// <summary>Starts the body's deadline after the headers came, <paramref name="startedAt"/> (<see cref="StartClock"/>) being the request's start.</summary>
    public static ResponseDeadline AfterHeaders(TimeSpan timeout, long startedAt, CancellationToken caller)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return new ResponseDeadline(null, default, caller, timeout, startedAt);
        }

        // No clock is read here: HttpClient timed the headers, so time can only have run out since, and only a read that
        // has to wait can notice (Watch checks what is left before it starts the timer).
        var source = SpareTokenSources.Rent();
        return new ResponseDeadline(source, caller.CanBeCanceled ? Link(caller, source) : default, caller, timeout, startedAt);
    }

    /// <summary>A read started with <see cref="Token"/>: the timer starts if it has to wait.</summary>
    public Task<T> Watch<T>(Task<T> reading)
    {
        if (!reading.IsCompleted)
        {
            Arm();
        }

        return reading;
    }

    /// <summary>A read started with <see cref="Token"/>: the timer starts if it has to wait.</summary>
    public ValueTask<T> Watch<T>(ValueTask<T> reading)
    {
        if (!reading.IsCompleted)
        {
            Arm();
        }

        return reading;
    }

    /// <summary>
    /// What a cancellation while reading becomes: HttpClient's own shape for a timeout (a <see cref="TaskCanceledException"/>
    /// around a <see cref="TimeoutException"/>), or a cancellation that carries the caller's token.
    /// </summary>
    public Exception Translate(OperationCanceledException canceled, AtlasOperation operation)
    {
        if (_caller.IsCancellationRequested)
        {
            return new OperationCanceledException(canceled.Message, canceled, _caller);
        }

        var seconds = _timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new TaskCanceledException(
            $"{operation} was canceled: the HttpClient.Timeout of {seconds} seconds elapsed while the response body was read.",
            new TimeoutException($"The response body of {operation.Name} did not arrive within HttpClient.Timeout ({seconds} s).", canceled));
    }

    /// <summary>
    /// Whether a cancellation came from this deadline's own token, so that it must be translated: to a timeout, or to a
    /// cancellation carrying the caller's token. One that already carries the caller's token passes untouched.
    /// </summary>
    public bool Caused(OperationCanceledException canceled)
        => _source is not null && _source.IsCancellationRequested && canceled.CancellationToken != _caller;

    public void Dispose()
    {
        if (_source is null)
        {
            return;
        }

        // Waits for a caller's cancellation running on another thread, so it cannot reach the source once it is reused.
        _callerLink.Dispose();
        SpareTokenSources.Return(_source);
    }

    private static CancellationTokenRegistration Link(CancellationToken caller, CancellationTokenSource source)
#if NET6_0_OR_GREATER
        => caller.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source);
#else
        => caller.Register(static state => ((CancellationTokenSource)state!).Cancel(), source);
#endif

    private void Arm()
    {
        if (_source is null || _source.IsCancellationRequested)
        {
            return;
        }

        var left = Left();
        if (left <= TimeSpan.Zero)
        {
            _source.Cancel();
        }
        else
        {
            _source.TimerStarted = true; // before the timer exists, so Return never reuses a source it might cancel
            _source.CancelAfter(left);
        }
    }

    private TimeSpan Left()
#if NETCOREAPP3_0_OR_GREATER
        => _timeout - TimeSpan.FromMilliseconds(Environment.TickCount64 - _startedAt);
#else
        // The 32-bit tick wraps every 24.9 days; the difference of two readings is right across a wrap.
        => _timeout - TimeSpan.FromMilliseconds((uint)unchecked(Environment.TickCount - (int)_startedAt));
#endif
}
