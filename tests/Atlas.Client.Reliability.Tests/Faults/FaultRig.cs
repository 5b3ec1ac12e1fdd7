using System.Diagnostics;
using System.Net;
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
    private bool _challengeNext;
    private int _itemsSeen;

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
        var cluster = group.AddFlexCluster("flex-1");
        var snapshot = cluster.AddSnapshot();
        cluster.AddSnapshot(); // a second one: walks of one item per page then have two pages

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
        _itemsSeen = 0;

        // A POST with an API key goes out twice (challenge, then the Digest answer with the body again) and a later-page
        // fault waits for the first page: such faults are injected once that moment has come, by the case's wire.
        var resend = fault.Call == FaultCall.Post && Auth == RigAuth.ApiKey;
        var laterPage = fault.Call == FaultCall.WalkLaterPage;
        Func<HttpResponseMessage, bool>? armWhen = resend ? r => r.StatusCode == HttpStatusCode.Unauthorized
            : laterPage ? r => r.IsSuccessStatusCode
            : null;
        if (fault.Fault is not null && (armWhen is null || fault.Target != FaultTarget.Simulator))
        {
            Simulator.Faults.Add(fault.Fault, fault.FaultPath, fault.FaultTimes);
        }

        var script = fault.Script ?? (fault.Call == FaultCall.Post ? Scripts.Answer(200, "application/json", Scripts.RestoreJob) : Scripts.Answer(200, "application/json", Scripts.Snapshot));
        _script = laterPage ? Scripts.OnLaterPages(script) : script;
        _challengeNext = resend && fault.Target == FaultTarget.Loopback;
        if (fault.Arrange is not null)
        {
            await fault.Arrange(this);
        }

        var apiCallsBefore = ApiCalls();
        var counter = new ConnectionCounter();
        var target = fault.Target == FaultTarget.Simulator ? Simulator.BaseAddress : _loopback.Address;
        // Credentials of its own make the simulator challenge the POST for real: no Digest session to answer up front.
        var credentials = fault.FreshCredentials || fault.WrongSecret is not null || (resend && fault.Target == FaultTarget.Simulator)
            ? Credentials(Auth, fault.WrongSecret)
            : fault.Target == FaultTarget.Simulator ? _simulatorCredentials : _loopbackCredentials;
        Exception? error = null;
        object? result = null;
        var watch = Stopwatch.StartNew();
        using (var cancellation = new CancellationTokenSource())
        {
            // A later-page or re-send cancellation counts from the moment the fault is injected, not from the call's start.
            var deferCancel = armWhen is not null && fault.Target == FaultTarget.Simulator;
            var wire = new CaseWire(deferCancel ? armWhen : null, () =>
            {
                if (fault.Fault is not null)
                {
                    Simulator.Faults.Add(fault.Fault, fault.FaultPath, fault.FaultTimes);
                }

                if (fault.CancelAfter is { } later)
                {
                    cancellation.CancelAfter(later);
                }
            })
            {
                InnerHandler = counter.CreateHandler(),
            };
            using var http = AtlasHttp.Create(credentials, target, _observe?.Invoke(wire) ?? wire);
            http.Timeout = fault.HttpTimeout ?? TimeSpan.FromSeconds(30);
            var options = new AtlasClientOptions { Logger = Evidence.Logger };
            if (fault.MaxResponseBodyBytes is { } limit)
            {
                options.MaxResponseBodyBytes = limit;
            }

            var client = new FlexProbeClient(http, options);
            if (fault.CancelBeforeCall)
            {
                cancellation.Cancel();
            }
            else if (fault.CancelAfter is { } after && !deferCancel)
            {
                cancellation.CancelAfter(after);
            }

            try
            {
                result = await CallAsync(client, fault.Call, cancellation.Token);
            }
            catch (Exception caught)
            {
                error = caught;
            }

            watch.Stop();
            Evidence.Add(error);
            if (result is AtlasResponse response)
            {
                Evidence.Add(response.ToString());
                Evidence.Add(response.ErrorMessage ?? string.Empty);
            }

            problems.AddRange(FaultEndingCheck.Check(fault, error, result, watch.Elapsed, cancellation.Token));
            if (resend && !fault.CancelBeforeCall && wire.ApiRequests < 2)
            {
                problems.Add($"the POST went out {wire.ApiRequests} time(s): the Digest re-send never happened");
            }

            problems.AddRange(WalkProblems(fault, error));
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

    private async Task<object?> CallAsync(FlexProbeClient client, FaultCall call, CancellationToken cancellationToken)
    {
        var snapshot = AskForMissingSnapshot ? "000000000000000000000000" : SnapshotId;
        switch (call)
        {
            case FaultCall.Get:
                return await client.GetFlexBackupAsync(GroupId, "flex-1", snapshot, cancellationToken: cancellationToken);
            case FaultCall.GetWithEnvelope:
                return await client.GetFlexBackupAsync(GroupId, "flex-1", snapshot, envelope: true, cancellationToken: cancellationToken);
            case FaultCall.FindNullable:
                return await client.FindFlexBackupAsync(GroupId, "flex-1", snapshot, cancellationToken);
            case FaultCall.List:
                return await client.ListFlexBackupsAsync(GroupId, "flex-1", cancellationToken: cancellationToken);
            case FaultCall.GetResponse:
                return await client.GetFlexBackupResponseAsync(GroupId, "flex-1", snapshot, cancellationToken: cancellationToken);
            case FaultCall.GetResponseWithEnvelope:
                return await client.GetFlexBackupResponseAsync(GroupId, "flex-1", snapshot, envelope: true, cancellationToken: cancellationToken);
            case FaultCall.WalkFirstPage or FaultCall.WalkLaterPage:
                await foreach (var item in client.EnumerateFlexBackupsAsync(GroupId, "flex-1", itemsPerPage: 1, cancellationToken))
                {
                    _itemsSeen++;
                }

                return _itemsSeen;
            case FaultCall.Post:
                return await client.CreateFlexBackupRestoreJobAsync(GroupId, "flex-1", new FlexBackupRestoreJobCreate(SnapshotId, "flex-target"), cancellationToken);
            default:
                await client.DeleteFlexBackupAsync(GroupId, "flex-1", snapshot, cancellationToken);
                return null;
        }
    }

    /// <summary>A walk yields the first page's item before a later page fails, and every item when nothing fails.</summary>
    private IEnumerable<string> WalkProblems(FaultCase fault, Exception? error)
    {
        if (fault.Call is not (FaultCall.WalkFirstPage or FaultCall.WalkLaterPage) || fault.CancelBeforeCall)
        {
            yield break;
        }

        var expected = error is null ? 2 : fault.Call == FaultCall.WalkLaterPage ? 1 : 0;
        if (_itemsSeen != expected)
        {
            yield return $"the walk yielded {_itemsSeen} item(s) before it ended, not {expected}";
        }
    }

    private Task AnswerLoopbackAsync(HttpContext context)
    {
        if (_challengeNext && context.Request.Path.StartsWithSegments("/api/atlas"))
        {
            _challengeNext = false;
            return Scripts.DigestChallenge(context);
        }

        return Scripts.WithTokenEndpoint(_script)(context);
    }

    /// <summary>
    /// Below authentication, above the sockets: counts the case's API requests and, when the first answer the case waits
    /// for arrives (the Digest challenge, the first page), injects its fault into the simulator.
    /// </summary>
    private sealed class CaseWire(Func<HttpResponseMessage, bool>? armWhen, Action arm) : DelegatingHandler
    {
        private int _apiRequests;

        public int ApiRequests => Volatile.Read(ref _apiRequests);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var api = request.RequestUri!.AbsolutePath.StartsWith("/api/atlas/", StringComparison.Ordinal);
            if (api)
            {
                Interlocked.Increment(ref _apiRequests);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (api && armWhen is not null && armWhen(response))
            {
                armWhen = null;
                arm();
            }

            return response;
        }
    }
}
