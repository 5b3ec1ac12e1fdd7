using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

/// <summary>
/// Keeps <see cref="System.Net.Http.HttpClient.Timeout"/> in force while a body is read. With
/// <see cref="System.Net.Http.HttpCompletionOption.ResponseHeadersRead"/> HttpClient stops timing once the headers are
/// in, so a server that sends headers and then trickles (or stalls) the body would hold a call far past the timeout.
/// What is left of the timeout after the headers becomes a token for the body; a caller token without a timeout costs
/// nothing.
/// </summary>
internal readonly struct ResponseDeadline : IDisposable
{
    private readonly CancellationTokenSource? _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _timeout;

    private ResponseDeadline(CancellationTokenSource? source, CancellationToken caller, TimeSpan timeout)
    {
        _source = source;
        _caller = caller;
        _timeout = timeout;
        Token = source?.Token ?? caller;
    }

    /// <summary>Cancels when the caller cancels or when the client's timeout, counted from the request's start, runs out.</summary>
    public CancellationToken Token { get; }

    /// <summary>Starts the body's deadline after the headers came, <paramref name="startedAt"/> being the request's start.</summary>
    public static ResponseDeadline AfterHeaders(TimeSpan timeout, long startedAt, CancellationToken caller)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return new ResponseDeadline(null, caller, timeout);
        }

        var elapsed = TimeSpan.FromTicks((Stopwatch.GetTimestamp() - startedAt) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
        var source = CancellationTokenSource.CreateLinkedTokenSource(caller);
        var left = timeout - elapsed;
        if (left <= TimeSpan.Zero)
        {
            source.Cancel();
        }
        else
        {
            source.CancelAfter(left);
        }

        return new ResponseDeadline(source, caller, timeout);
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

    public void Dispose() => _source?.Dispose();
}
