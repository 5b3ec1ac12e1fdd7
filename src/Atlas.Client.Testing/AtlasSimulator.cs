using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Client.Testing;

/// <summary>
/// A MongoDB Atlas Administration API simulator: a real HTTP server (Kestrel) on <c>127.0.0.1</c> that serves the twelve
/// tenant and Flex backup operations over data you seed, with Atlas's authentication (Digest and OAuth), versioned
/// media types, error bodies, sunset behaviour and rate limits. Built without reflection: it runs inside a Native AOT
/// application.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions().AddApiKey("public", "private"));
/// var group = sim.Data.AddGroup();
/// group.AddFlexCluster("flex-1").AddSnapshot();
/// using var http = AtlasHttp.Create(AtlasCredentials.ApiKey("public", "private"), sim.BaseAddress);
/// </code>
/// </example>
public sealed class AtlasSimulator : IAsyncDisposable
{
    /// <summary>The id of the group <see cref="SeedDemoData"/> creates.</summary>
    public const string DemoGroupId = "5e2211c17a3e5a48f5497de3";

    /// <summary>The name of the Flex cluster <see cref="SeedDemoData"/> creates.</summary>
    public const string DemoFlexClusterName = "flex-demo";

    /// <summary>The name of the M2/M5 cluster <see cref="SeedDemoData"/> creates.</summary>
    public const string DemoTenantClusterName = "m2-legacy";

    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly DigestServer _digest;

    private AtlasSimulator(WebApplication app, Uri baseAddress, AtlasSimulatorOptions options, SimulatorClock clock, SimulatorData data, SimulatorFaults faults, RequestLog log, DigestServer digest)
    {
        _app = app;
        _digest = digest;
        BaseAddress = baseAddress;
        Options = options;
        Clock = clock;
        Data = data;
        Faults = faults;
        _log = log;
    }

    /// <summary>Where the simulator listens, e.g. <c>http://127.0.0.1:54321/</c>; use it as the <c>HttpClient.BaseAddress</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The options in force; changes apply to the next request.</summary>
    public AtlasSimulatorOptions Options { get; }

    /// <summary>The clock of nonces, tokens, rate limits and the sunset; follows real time until set.</summary>
    public SimulatorClock Clock { get; }

    /// <summary>The groups, clusters, snapshots and restore jobs served.</summary>
    public SimulatorData Data { get; }

    /// <summary>Faults to inject into coming answers.</summary>
    public SimulatorFaults Faults { get; }

    /// <summary>The requests received so far, oldest first (a copy).</summary>
    public IReadOnlyList<SimulatorRequest> Requests => _log.Snapshot();

    /// <summary>Starts a simulator on a loopback port.</summary>
    /// <param name="options">Credentials, lifetimes, limits; <see langword="null"/> for the defaults (authentication required, no keys).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<AtlasSimulator> StartAsync(AtlasSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AtlasSimulatorOptions();
        var clock = new SimulatorClock();
        var faults = new SimulatorFaults();
        var log = new RequestLog(options);

        // The empty builder registers no logging provider and no reflection-based feature: quiet and trimmable.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();

        // The handlers need the address (for links), known only once Kestrel has bound: they are wired after start.
        SimulatorPipeline? pipeline = null;
        app.Run(context => pipeline is null ? Task.CompletedTask : pipeline.InvokeAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        var links = new SimulatorLinks(baseAddress);
        var data = new SimulatorData(links, clock);
        var oauth = new OAuthServer(options, clock);
        var digest = new DigestServer(options, clock);
        pipeline = new SimulatorPipeline(
            options, clock, faults, log,
            new Authenticator(options, digest, oauth),
            oauth, new RateLimiter(clock), new BackupEndpoints(data, links, options));

        var simulator = new AtlasSimulator(app, baseAddress, options, clock, data, faults, log, digest);
        if (options.SeedDemoData)
        {
            simulator.SeedDemoData();
        }

        return simulator;
    }

    /// <summary>Forgets the requests logged so far.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>
    /// Forgets every Digest nonce handed out so far, as a restarted server or another node behind a load balancer would
    /// not know them: the next answer to one of them is refused with a fresh challenge (<c>stale=false</c>).
    /// </summary>
    public void ForgetDigestNonces() => _digest.ForgetNonces();

    /// <summary>
    /// Adds fixed demo data: group <see cref="DemoGroupId"/> with Flex cluster <see cref="DemoFlexClusterName"/> (three
    /// snapshots, one restore job) and M2/M5 cluster <see cref="DemoTenantClusterName"/> (two snapshots). The dates and
    /// ids are constants, so output built on them is reproducible.
    /// </summary>
    /// <returns>The demo group.</returns>
    /// <exception cref="ArgumentException">The demo group exists already.</exception>
    public SimulatedGroup SeedDemoData()
    {
        var group = Data.AddGroup(DemoGroupId);
        var flex = group.AddFlexCluster(DemoFlexClusterName);
        var day = new DateTimeOffset(2025, 11, 3, 2, 0, 0, TimeSpan.Zero);
        string[] flexIds = ["6733a1f0c2b54d0a8e1f0001", "6733a1f0c2b54d0a8e1f0002", "6733a1f0c2b54d0a8e1f0003"];
        for (var i = 0; i < flexIds.Length; i++)
        {
            flex.AddSnapshot(new FlexBackupSnapshot
            {
                Id = flexIds[i],
                ScheduledTime = day.AddDays(i),
                StartTime = day.AddDays(i).AddSeconds(12),
                FinishTime = day.AddDays(i).AddMinutes(3),
                Expiration = day.AddDays(i + 8),
                MongoDBVersion = "8.0.4",
                Status = i == flexIds.Length - 1 ? SnapshotStatus.Running : SnapshotStatus.Completed,
            });
        }

        flex.AddRestoreJob(new FlexBackupRestoreJob
        {
            Id = "6733a1f0c2b54d0a8e1f00a1",
            DeliveryType = RestoreDeliveryType.Restore,
            SnapshotId = flexIds[0],
            SnapshotFinishedDate = day.AddMinutes(3),
            RestoreScheduledDate = day.AddDays(1).AddHours(6),
            RestoreFinishedDate = day.AddDays(1).AddHours(6).AddMinutes(9),
            Status = RestoreJobStatus.Completed,
            TargetDeploymentItemName = "flex-restored",
            TargetProjectId = DemoGroupId,
        });

        var tenant = group.AddTenantCluster(DemoTenantClusterName);
        string[] tenantIds = ["6511f2a4b3c94e1d2f3a0001", "6511f2a4b3c94e1d2f3a0002"];
        for (var i = 0; i < tenantIds.Length; i++)
        {
            tenant.AddSnapshot(new BackupTenantSnapshot
            {
                Id = tenantIds[i],
                ScheduledTime = day.AddDays(-30 + i),
                StartTime = day.AddDays(-30 + i).AddSeconds(9),
                FinishTime = day.AddDays(-30 + i).AddMinutes(2),
                Expiration = day.AddDays(-22 + i),
                MongoDBVersion = "7.0.15",
                Status = SnapshotStatus.Completed,
            });
        }

        return group;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => "AtlasSimulator(" + BaseAddress + ")";
}
