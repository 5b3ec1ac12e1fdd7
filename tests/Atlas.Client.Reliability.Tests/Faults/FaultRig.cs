using System.Diagnostics;
using Atlas.Client.Reliability.Tests.Infrastructure;
using Atlas.Client.Testing;
using Atlas.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>How a run authenticates: the run-time parts run with both kinds, so every secret is on the wire somewhere.</summary>
internal enum RigAuth
{
    ServiceAccount,
    ApiKey,
}

/// <summary>
/// The simulator (authenticating, one Flex cluster with one snapshot) and the scripted loopback server (which hands out
/// a token of its own), and the code that runs one fault case against either: a fresh client over a connection-counting
/// handler, the call, the check of its ending, and the check that no connection is left open once the client is gone.
/// </summary>
internal sealed class FaultRig : IAsyncDisposable
{
    private readonly LoopbackServer _loopback;
    private readonly AtlasCredentials _simulatorCredentials;
    private readonly AtlasCredentials _loopbackCredentials;
    private Func<HttpContext, Task> _script = Scripts.Answer(200, "application/json", Scripts.Snapshot);
    private Func<HttpMessageHandler, HttpMessageHandler>? _observe;

    private FaultRig(AtlasSimulator simulator, LoopbackServer loopback, RigAuth auth, string groupId, string snapshotId, Evidence evidence)
    {
        Simulator = simulator;
        _loopback = loopback;
        Auth = auth;
        GroupId = groupId;
        SnapshotId = snapshotId;
        Evidence = evidence;
        _simulatorCredentials = Credentials(auth, wrongSecret: null);
        _loopbackCredentials = Credentials(auth, wrongSecret: null);
    }

    public AtlasSimulator Simulator { get; }

    public RigAuth Auth { get; }

    public string GroupId { get; }

    public string SnapshotId { get; }

    public Evidence Evidence { get; }

    /// <summary>Set by a case to call for a snapshot the simulator does not have.</summary>
    public bool AskForMissingSnapshot { get; set; }

    public static async Task<FaultRig> StartAsync(RigAuth auth, Evidence evidence, Func<HttpMessageHandler, HttpMessageHandler>? observe = null)
    {
        var simulator = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions()
            .AddApiKey(TestSecrets.PublicKey, TestSecrets.PrivateKey)
            .AddServiceAccount(TestSecrets.ClientId, TestSecrets.ClientSecret));
        var group = simulator.Data.AddGroup();
        var snapshot = group.AddFlexCluster("flex-1").AddSnapshot();
        FaultRig? rig = null;
        var loopback = await LoopbackServer.StartAsync(context => rig!.AnswerLoopbackAsync(context));
        rig = new FaultRig(simulator, loopback, auth, group.Id, snapshot.Id!, evidence) { _observe = observe };
        return rig;
    }

    /// <summary>Runs one case and returns what was wrong with its ending (nothing when it ended as it must).</summary>
    public async Task<List<string>> RunAsync(FaultCase fault)
    {
        var problems = new List<string>();
        Simulator.Faults.Clear();
        if (fault.Fault is not null)
        {
            Simulator.Faults.Add(fault.Fault, fault.FaultPath, fault.FaultTimes);
        }

        _script = fault.Script ?? Scripts.Answer(200, "application/json", Scripts.Snapshot);
        if (fault.Arrange is not null)
        {
            await fault.Arrange(this);
        }

        var apiCallsBefore = ApiCalls();
        var counter = new ConnectionCounter();
        var target = fault.Target == FaultTarget.Simulator ? Simulator.BaseAddress : _loopback.Address;
        var credentials = fault.FreshCredentials || fault.WrongSecret is not null
            ? Credentials(Auth, fault.WrongSecret)
            : fault.Target == FaultTarget.Simulator ? _simulatorCredentials : _loopbackCredentials;
        Exception? error = null;
        var watch = Stopwatch.StartNew();
        HttpMessageHandler transport = counter.CreateHandler();
        using (var http = AtlasHttp.Create(credentials, target, _observe?.Invoke(transport) ?? transport))
        using (var cancellation = new CancellationTokenSource())
        {
            http.Timeout = fault.HttpTimeout ?? TimeSpan.FromSeconds(30);
            var client = new FlexProbeClient(http, new AtlasClientOptions { Logger = Evidence.Logger });
            if (fault.CancelBeforeCall)
            {
                cancellation.Cancel();
            }
            else if (fault.CancelAfter is { } after)
            {
                cancellation.CancelAfter(after);
            }

            try
            {
                await CallAsync(client, fault.Call, cancellation.Token);
            }
            catch (Exception caught)
            {
                error = caught;
            }

            watch.Stop();
            Evidence.Add(error);
            problems.AddRange(FaultEndingCheck.Check(fault, error, watch.Elapsed, cancellation.Token));
        }

        var open = await counter.OpenAfterSettlingAsync();
        if (open > 0)
        {
            problems.Add($"{open} of {counter.Opened} connection(s) still open after the client was disposed: a response was never disposed");
        }

        if (fault.CancelBeforeCall && ApiCalls() != apiCallsBefore)
        {
            problems.Add("a call canceled before it started still reached the server");
        }

        fault.Cleanup?.Invoke(this);
        Simulator.Faults.Clear();
        return problems;
    }

    /// <summary>One successful call with the rig's credentials (to use up a rate limit, warm a token, …).</summary>
    public async Task CallOnceAsync()
    {
        using var http = AtlasHttp.Create(_simulatorCredentials, Simulator.BaseAddress);
        await new FlexProbeClient(http).GetFlexBackupAsync(GroupId, "flex-1", SnapshotId);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var entry in Simulator.Requests)
        {
            Evidence.Add(entry.ToString());
            Evidence.Add(string.Join("\n", entry.Headers.Select(h => h.Key + ": " + h.Value)));
            Evidence.Add(entry.Body ?? string.Empty);
            Evidence.Add(entry.ServerError ?? string.Empty);
        }

        await _loopback.DisposeAsync();
        await Simulator.DisposeAsync();
    }

    private static AtlasCredentials Credentials(RigAuth auth, string? wrongSecret) => auth == RigAuth.ApiKey
        ? AtlasCredentials.ApiKey(TestSecrets.PublicKey, wrongSecret ?? TestSecrets.PrivateKey)
        : AtlasCredentials.ServiceAccount(TestSecrets.ClientId, wrongSecret ?? TestSecrets.ClientSecret);

    private int ApiCalls() => Simulator.Requests.Count(r => r.Path.StartsWith("/api/atlas/", StringComparison.Ordinal));

    private Task CallAsync(FlexProbeClient client, FaultCall call, CancellationToken cancellationToken)
    {
        var snapshot = AskForMissingSnapshot ? "000000000000000000000000" : SnapshotId;
        return call switch
        {
            FaultCall.Get => client.GetFlexBackupAsync(GroupId, "flex-1", snapshot, cancellationToken: cancellationToken),
            FaultCall.GetWithEnvelope => client.GetFlexBackupAsync(GroupId, "flex-1", snapshot, envelope: true, cancellationToken: cancellationToken),
            FaultCall.FindNullable => client.FindFlexBackupAsync(GroupId, "flex-1", snapshot, cancellationToken).AsTask(),
            FaultCall.List => client.ListFlexBackupsAsync(GroupId, "flex-1", cancellationToken: cancellationToken),
            _ => client.DeleteFlexBackupAsync(GroupId, "flex-1", snapshot, cancellationToken),
        };
    }

    private Task AnswerLoopbackAsync(HttpContext context) => Scripts.WithTokenEndpoint(_script)(context);
}
