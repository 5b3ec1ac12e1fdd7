using System.Diagnostics;
using Atlas.Client.Http;
using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Pipeline;

/// <summary>
/// The body's deadline (the rest of HttpClient.Timeout once the headers are in) starts its timer only when a read has to
/// wait, and its token source is reused: a source that fired or was linked to a caller never carries that into the next
/// call. Synchronous on purpose: the reuse is per thread, so each test stays on one.
/// </summary>
public sealed class ResponseDeadlineTests
{
    private static readonly AtlasOperation Operation = new("IProbe.GetAsync", "GET", "/api/atlas/v2/probe", "2024-11-13");

    [Fact]
    public void AReadThatCompletesAtOnceIsNotTimedEvenWhenTheTimeoutIsSpent()
    {
        using var deadline = ResponseDeadline.AfterHeaders(TimeSpan.FromMilliseconds(1), SecondsAgo(1), CancellationToken.None);

        deadline.Watch(Task.FromResult(1));

        Assert.False(deadline.Token.IsCancellationRequested);
    }

    [Fact]
    public void AReadThatHasToWaitIsCanceledAtOnceWhenTheTimeoutIsSpent()
    {
        using var deadline = ResponseDeadline.AfterHeaders(TimeSpan.FromMilliseconds(1), SecondsAgo(1), CancellationToken.None);

        deadline.Watch(new TaskCompletionSource<int>().Task);

        Assert.True(deadline.Token.IsCancellationRequested);
        var translated = deadline.Translate(new OperationCanceledException(deadline.Token), Operation);
        Assert.IsType<TimeoutException>(Assert.IsType<TaskCanceledException>(translated).InnerException);
    }

    [Fact]
    public void AReadThatHasToWaitIsCanceledWhenWhatIsLeftOfTheTimeoutRunsOut()
    {
        var watch = Stopwatch.StartNew();
        using var deadline = ResponseDeadline.AfterHeaders(TimeSpan.FromMilliseconds(300), ResponseDeadline.StartClock(), CancellationToken.None);

        deadline.Watch(new TaskCompletionSource<int>().Task);

        Assert.False(deadline.Token.IsCancellationRequested);
        Assert.True(deadline.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)), "the deadline never fired");
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ASourceThatFiredIsNeverHandedToTheNextCall()
    {
        var first = ResponseDeadline.AfterHeaders(TimeSpan.FromMilliseconds(1), SecondsAgo(1), CancellationToken.None);
        first.Watch(new TaskCompletionSource<int>().Task);
        Assert.True(first.Token.IsCancellationRequested);
        first.Dispose();

        using var next = ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), CancellationToken.None);

        Assert.False(next.Token.IsCancellationRequested);
    }

    [Fact]
    public void AStartedTimerIsStoppedBeforeItsSourceIsReused()
    {
        var first = ResponseDeadline.AfterHeaders(TimeSpan.FromMilliseconds(200), ResponseDeadline.StartClock(), CancellationToken.None);
        first.Watch(new TaskCompletionSource<int>().Task);
        first.Dispose(); // the read completed in time

        using var next = ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), CancellationToken.None);

        Assert.False(next.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(600)), "the first call's timer canceled the next call");
    }

    [Fact]
    public void OnlyASourceWhoseTimerNeverStartedIsReused()
    {
        // A started timer may fire while its source is being reset (TryReset is not safe against that), so an armed
        // source is never handed to the next call; the fast path, a read that never waited, reuses without allocating.
        var quick = ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), CancellationToken.None);
        quick.Watch(Task.FromResult(1));
        var quickToken = quick.Token;
        quick.Dispose();

        var armed = ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), CancellationToken.None);
        if (LibraryBuild.IsNetStandard)
        {
            Assert.NotEqual(quickToken, armed.Token); // no TryReset before .NET 6: a source is never reused there
        }
        else
        {
            Assert.Equal(quickToken, armed.Token);
        }

        armed.Watch(new TaskCompletionSource<int>().Task);
        var armedToken = armed.Token;
        armed.Dispose();

        using var next = ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), CancellationToken.None);
        Assert.NotEqual(armedToken, next.Token);
    }

    [Fact]
    public void TheCallersCancellationReachesTheTokenAndComesBackCarryingTheCallersToken()
    {
        using var caller = new CancellationTokenSource();
        using var deadline = ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), caller.Token);

        caller.Cancel();

        Assert.True(deadline.Token.IsCancellationRequested);
        var canceled = new OperationCanceledException(deadline.Token);
        Assert.True(deadline.Caused(canceled));
        Assert.Equal(caller.Token, Assert.IsType<OperationCanceledException>(deadline.Translate(canceled, Operation)).CancellationToken);
    }

    [Fact]
    public void ACallersTokenIsUnlinkedBeforeTheSourceIsReused()
    {
        using var caller = new CancellationTokenSource();
        ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), caller.Token).Dispose();

        using var next = ResponseDeadline.AfterHeaders(TimeSpan.FromSeconds(100), ResponseDeadline.StartClock(), CancellationToken.None);
        caller.Cancel();

        Assert.False(next.Token.IsCancellationRequested);
    }

    [Fact]
    public void WithoutATimeoutTheTokenIsTheCallersOwn()
    {
        using var caller = new CancellationTokenSource();
        using var deadline = ResponseDeadline.AfterHeaders(Timeout.InfiniteTimeSpan, ResponseDeadline.StartClock(), caller.Token);

        Assert.Equal(caller.Token, deadline.Token);
    }

    private static long SecondsAgo(int seconds) => ResponseDeadline.StartClock() - (seconds * 1000L);
}
