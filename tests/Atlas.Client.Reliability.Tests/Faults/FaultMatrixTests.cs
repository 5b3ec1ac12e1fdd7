using System.Net;
using Atlas.Client.Reliability.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>
/// Part 2 of issue 7: every fault of <see cref="FaultCases"/> through a generated client, authenticated as a service
/// account and with an API key. Each ends in its documented exception (status, error code, the operation named) and
/// leaves no connection open.
/// </summary>
public sealed class FaultMatrixTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryFaultEndsInItsDocumentedExceptionAndLeaksNoConnection()
    {
        var evidence = new Evidence();
        var (failures, calls) = await FaultMatrix.RunAsync(evidence);

        Figures.Report(output, "fault matrix", [
            ("faults in the matrix", FaultCases.All.Count.ToString()),
            ("faulted calls made (service account and API key)", calls.ToString()),
            ("calls that ended in their documented exception with no connection left open", (calls - failures.Count).ToString()),
            ("exceptions checked", evidence.ExceptionCount.ToString()),
        ]);
        Assert.True(failures.Count == 0, $"{failures.Count} fault case(s) failed:\n\n{string.Join("\n\n", failures)}");
    }

    [Fact]
    public async Task TheConnectionCounterSeesAResponseNobodyDisposed()
    {
        // The leak check must be able to fail: an undisposed response keeps its connection open past the client.
        await using var server = await Atlas.Client.Tests.Infrastructure.LoopbackServer.StartAsync(Scripts.Answer(200, "application/json", Scripts.Snapshot));
        var counter = new ConnectionCounter();
        HttpResponseMessage leaked;
        using (var http = new HttpClient(counter.CreateHandler()) { BaseAddress = server.Address })
        {
            leaked = await http.GetAsync("/x", HttpCompletionOption.ResponseHeadersRead);
        }

        Assert.Equal(HttpStatusCode.OK, leaked.StatusCode);
        Assert.Equal(1, await counter.OpenAfterSettlingAsync());
        leaked.Dispose();
        Assert.Equal(0, await counter.OpenAfterSettlingAsync());
    }
}

/// <summary>Runs the whole matrix with both kinds of credentials; the secret sweep runs it too.</summary>
internal static class FaultMatrix
{

    /// <summary>Every failure (case, credentials, what was wrong) and how many faulted calls were made.</summary>
    /// <param name="evidence">Where every exception and log line goes.</param>
    /// <param name="observe">Wraps the transport of every call (the secret sweep records the wire with it).</param>
    public static async Task<(List<string> Failures, int Calls)> RunAsync(Evidence evidence, Func<HttpMessageHandler, HttpMessageHandler>? observe = null)
    {
        var failures = new List<string>();
        var calls = 0;
        foreach (var auth in new[] { RigAuth.ServiceAccount, RigAuth.ApiKey })
        {
            await using var rig = await FaultRig.StartAsync(auth, evidence, observe);
            foreach (var fault in FaultCases.All.Where(f => f.OnlyWith is null || f.OnlyWith == auth))
            {
                calls++;
                var problems = await rig.RunAsync(fault);
                failures.AddRange(problems.Select(p => $"[{auth}] {fault}: {p}"));
            }
        }

        return (failures, calls);
    }
}
