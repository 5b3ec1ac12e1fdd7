using System.Diagnostics;
using System.Net;
using Atlas.Client.Reliability.Tests.Faults;
using Atlas.Client.Reliability.Tests.Infrastructure;
using Atlas.Client.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.Load;

/// <summary>
/// Issue 14: 64 concurrent callers make 1,000 calls each (times ATLAS_RELIABILITY_SCALE) through one generated client
/// with one API key pair, against the simulator checking Digest nonce counts as Apache's <c>AuthDigestNcCheck On</c> does
/// (<see cref="DigestNonceCountCheck.Sequential"/>: each count exactly one more than the last; anything that passes it
/// passes the merely increasing check too). Zero failures, and every round-trip on the wire counted: a call costs one,
/// plus one challenge for each nonce the callers needed at once.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class DigestLoadTests(ITestOutputHelper output)
{
    private const int Callers = 64;

    [Fact]
    public async Task SixtyFourCallersMakeAThousandCallsEachWithOneKeyPairAgainstStrictNonceCountsAndNoneFails()
    {
        var callsPerCaller = ReliabilityScale.Times(1_000);
        var options = new AtlasSimulatorOptions { NonceCountCheck = DigestNonceCountCheck.Sequential, RequestLogCapacity = 256 }
            .AddApiKey(TestSecrets.PublicKey, TestSecrets.PrivateKey);
        await using var simulator = await AtlasSimulator.StartAsync(options);
        var group = simulator.Data.AddGroup();
        var snapshot = group.AddFlexCluster("flex-1").AddSnapshot();
        var wire = new WireCounter();
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(TestSecrets.PublicKey, TestSecrets.PrivateKey), simulator.BaseAddress,
            new WireCounter.Handler(wire) { InnerHandler = new SocketsHttpHandler { MaxConnectionsPerServer = Callers } });
        var client = new FlexProbeClient(http);

        var failures = 0;
        string? firstFailure = null;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            for (var call = 0; call < callsPerCaller; call++)
            {
                try
                {
                    await client.GetFlexBackupAsync(group.Id, "flex-1", snapshot.Id!);
                }
                catch (Exception error)
                {
                    if (Interlocked.Increment(ref failures) == 1)
                    {
                        firstFailure = error.GetType().Name + ": " + error.Message;
                    }
                }
            }
        })));
        watch.Stop();

        var calls = Callers * callsPerCaller;
        Figures.Report(output, "digest load", [
            ("calls (64 callers, one key pair, nonce counts checked as Apache's AuthDigestNcCheck On)", calls.ToString("N0")),
            ("failures", failures.ToString()),
            ("round-trips / 401 challenges", $"{wire.RoundTrips:N0} / {wire.Challenges:N0}"),
            ("round-trips per call", (wire.RoundTrips / (double)calls).ToString("0.0000")),
            ("time (information, 2 cores, simulator in process)", $"{watch.Elapsed.TotalSeconds:N1} s, {calls / watch.Elapsed.TotalSeconds:N0} calls/s"),
        ]);
        Assert.True(failures == 0, $"{failures} of {calls} calls failed; the first: {firstFailure}");
        // One round-trip per call, plus one challenge per nonce: at most one per caller in flight at once.
        Assert.InRange(wire.Challenges, 1, Callers);
        Assert.Equal(calls + wire.Challenges, wire.RoundTrips);
    }

    /// <summary>Counts requests on the wire, below the authentication handler, and the 401s among their answers.</summary>
    private sealed class WireCounter
    {
        private int _roundTrips;
        private int _challenges;

        public int RoundTrips => Volatile.Read(ref _roundTrips);

        public int Challenges => Volatile.Read(ref _challenges);

        public sealed class Handler(WireCounter counter) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref counter._roundTrips);
                var response = await base.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    Interlocked.Increment(ref counter._challenges);
                }

                return response;
            }
        }
    }
}
