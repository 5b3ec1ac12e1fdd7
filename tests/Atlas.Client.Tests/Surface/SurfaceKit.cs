using Atlas.Client.Testing;
using Atlas.Client.Tests.Simulator;

namespace Atlas.Client.Tests.Surface;

/// <summary>
/// A simulator in open mode with one group holding a Flex cluster and an M2/M5 cluster, its clock a day before the tenant
/// sunset, and the library's ready-made clients pointed at it.
/// </summary>
internal sealed class SurfaceKit : IAsyncDisposable
{
    public const string FlexName = "flex-1";
    public const string TenantName = "m2-1";

    private SurfaceKit(AtlasSimulator simulator, HttpClient http, SimulatedGroup group)
    {
        Simulator = simulator;
        Http = http;
        Group = group;
        Flex = group.AddFlexCluster(FlexName);
        Tenant = group.AddTenantCluster(TenantName);
    }

    public AtlasSimulator Simulator { get; }

    public HttpClient Http { get; }

    public SimulatedGroup Group { get; }

    public string GroupId => Group.Id;

    public SimulatedFlexCluster Flex { get; }

    public SimulatedTenantCluster Tenant { get; }

    /// <summary>The requests to the API (not the token endpoint), oldest first.</summary>
    public IReadOnlyList<SimulatorRequest> ApiRequests
        => Simulator.Requests.Where(r => r.Path.StartsWith("/api/atlas/", StringComparison.Ordinal)).ToList();

    public static async Task<SurfaceKit> StartAsync(Action<AtlasSimulatorOptions>? configure = null)
    {
        var simulator = await SimulatorTestKit.StartOpenAsync(configure);
        simulator.Clock.SetUtcNow(SimulatorTestKit.BeforeSunset);
        return new SurfaceKit(simulator, SimulatorTestKit.HttpFor(simulator), simulator.Data.AddGroup());
    }

    public FlexBackupsClient FlexClient(AtlasClientOptions? options = null) => new(Http, options ?? new AtlasClientOptions());

    public TenantBackupsClient TenantClient(AtlasClientOptions? options = null) => new(Http, options ?? new AtlasClientOptions());

    /// <summary>Adds <paramref name="count"/> Flex snapshots and returns their ids in list order.</summary>
    public IReadOnlyList<string> AddFlexSnapshots(int count)
        => Enumerable.Range(0, count).Select(_ => Flex.AddSnapshot().Id!).ToList();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
