using System.Diagnostics;
using Atlas.Client.Reliability.Tests.Faults;
using Atlas.Client.Reliability.Tests.Infrastructure;
using Atlas.Client.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.Load;

/// <summary>
/// Part 5 of issue 7: 10,000 calls (times ATLAS_RELIABILITY_SCALE) from 64 concurrent callers through one generated
/// client, authenticated as a service account whose tokens live ten simulated minutes. The simulator's clock moves one
/// token lifetime forward at set points while calls are in flight, so tokens expire under load. Zero failures, exactly
/// one token request per lifetime, a heap that ends where it started; calls per second are reported, never asserted.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Callers = 64;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task TenThousandCallsFromSixtyFourCallersFailNoneAndFetchOneTokenPerLifetime()
    {
        var evidence = new Evidence();
        var result = await LoadRun.RunAsync(ReliabilityScale.Times(10_000), lifetimes: 5, evidence);

        Figures.Report(output, "load", [
            ("calls", result.Calls.ToString("N0")),
            ("concurrent callers", Callers.ToString()),
            ("failures", result.Failures.ToString()),
            ("token lifetimes (clock moved under load)", result.Lifetimes.ToString()),
            ("token requests", result.TokenRequests.ToString()),
            ("calls/s (information, 2 cores, simulator in process)", result.CallsPerSecond.ToString("N0")),
            ("managed heap after warm-up / after the run", $"{result.HeapBefore / 1024} KB / {result.HeapAfter / 1024} KB"),
        ]);
        Assert.Equal(0, result.Failures);
        Assert.Equal(result.Lifetimes, result.TokenRequests);
        // Stable: the run leaves no more than a few megabytes behind, whatever the number of calls.
        Assert.True(result.HeapAfter - result.HeapBefore < 8L * 1024 * 1024, $"the heap grew from {result.HeapBefore} to {result.HeapAfter} bytes");
    }

    internal sealed record Result(int Calls, int Failures, int Lifetimes, int TokenRequests, double CallsPerSecond, long HeapBefore, long HeapAfter);

    /// <summary>The load run; the secret sweep runs a smaller one.</summary>
    internal static class LoadRun
    {
        public static async Task<Result> RunAsync(int calls, int lifetimes, Evidence evidence)
        {
            var options = new AtlasSimulatorOptions { TokenLifetime = Lifetime, RequestLogCapacity = 256 }
                .AddServiceAccount(TestSecrets.ClientId, TestSecrets.ClientSecret);
            await using var simulator = await AtlasSimulator.StartAsync(options);
            simulator.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
            var group = simulator.Data.AddGroup();
            var snapshot = group.AddFlexCluster("flex-1").AddSnapshot();
            var tokens = new TokenCounter();
            var credentials = AtlasCredentials.ServiceAccount(TestSecrets.ClientId, TestSecrets.ClientSecret,
                new ServiceAccountOptions { TimeProvider = simulator.Clock });
            using var http = AtlasHttp.Create(credentials, simulator.BaseAddress, tokens.Wrap(new SocketsHttpHandler { MaxConnectionsPerServer = Callers }));
            var client = new FlexProbeClient(http, new AtlasClientOptions { Logger = evidence.Logger });

            // Warm-up: connections, token, JIT. Then the heap is measured, and the clock moves a lifetime at evenly
            // spaced call counts while the 64 callers keep going.
            await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => client.GetFlexBackupAsync(group.Id, "flex-1", snapshot.Id!)));
            var heapBefore = Heap();
            var next = 0;
            var failures = 0;
            var advanceEvery = calls / lifetimes;
            var clockGate = new object();
            var advanced = 1;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
            {
                while (true)
                {
                    var call = Interlocked.Increment(ref next);
                    if (call > calls)
                    {
                        return;
                    }

                    if (call % advanceEvery == 0 && call < calls)
                    {
                        lock (clockGate)
                        {
                            simulator.Clock.Advance(Lifetime);
                            advanced++;
                        }
                    }

                    try
                    {
                        await client.GetFlexBackupAsync(group.Id, "flex-1", snapshot.Id!);
                    }
                    catch (Exception error)
                    {
                        Interlocked.Increment(ref failures);
                        evidence.Add(error);
                    }
                }
            })));
            watch.Stop();
            var heapAfter = Heap();
            return new Result(calls, failures, advanced, tokens.Count, calls / watch.Elapsed.TotalSeconds, heapBefore, heapAfter);
        }

        private static long Heap()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }
    }

    /// <summary>Counts token requests on the wire, below the authentication handler.</summary>
    private sealed class TokenCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public HttpMessageHandler Wrap(HttpMessageHandler inner) => new Counting(this) { InnerHandler = inner };

        private sealed class Counting(TokenCounter counter) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.RequestUri!.AbsolutePath == "/api/oauth/token")
                {
                    Interlocked.Increment(ref counter._count);
                }

                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
