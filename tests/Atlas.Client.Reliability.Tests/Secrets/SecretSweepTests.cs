using Atlas.Client.Reliability.Tests.Faults;
using Atlas.Client.Reliability.Tests.HostileInput;
using Atlas.Client.Reliability.Tests.Infrastructure;
using Atlas.Client.Reliability.Tests.Load;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.Secrets;

/// <summary>
/// Part 4 of issue 7: one sweep over everything the run-time parts produce. It runs the fault matrix (service account
/// and API key, the authentication failures included), the hostile-input matrix and a load run, collecting every
/// exception message and ToString() (inner exceptions included), every log line and the simulators' request logs,
/// and asserts that no private key, client secret, access token or Authorization value appears in any of it.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class SecretSweepTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NoSecretAppearsInAnyExceptionToStringOrLogLineOfTheWholeSuite()
    {
        var evidence = new Evidence();
        var wire = new WireSecrets();

        await FaultMatrix.RunAsync(evidence, wire.Observe);
        await HostileMatrix.RunAsync(evidence);
        await LoadTests.LoadRun.RunAsync(calls: 2_000, lifetimes: 2, evidence);

        var secrets = TestSecrets.All.Concat(wire.Seen).Distinct().ToArray();
        var texts = evidence.Texts.ToList();
        Figures.Report(output, "secret sweep", [
            ("texts swept (exception messages and ToString, log lines, request logs)", texts.Count.ToString("N0")),
            ("exceptions among them", evidence.ExceptionCount.ToString("N0")),
            ("distinct secrets looked for (keys, secrets, tokens, Authorization values seen on the wire)", secrets.Length.ToString()),
            ("secrets found", "0 (the test fails otherwise)"),
        ]);
        Assert.Contains(secrets, s => s.StartsWith("Bearer ", StringComparison.Ordinal));
        Assert.Contains(secrets, s => s.StartsWith("Digest ", StringComparison.Ordinal));
        Assert.Contains(secrets, s => s.StartsWith("Basic ", StringComparison.Ordinal));
        Assert.True(evidence.ExceptionCount >= 90, $"only {evidence.ExceptionCount} exceptions were produced: the sweep did not see the failure paths");
        foreach (var text in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret leaked into: {text}");
            }
        }
    }
}
