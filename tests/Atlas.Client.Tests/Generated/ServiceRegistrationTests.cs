using Atlas.Client.Tests.Infrastructure;
using Atlas.Client.Tests.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// The emitted Add{Name}Client registration (this project references Microsoft.Extensions.Http through the ASP.NET Core
/// framework), against the simulator; the logger test needs a Sunset header on a Flex answer, which only a scripted
/// server sends.
/// </summary>
public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task TheTypedClientResolvesAndHandlersChainOn()
    {
        await using var sim = await SimulatorTestKit.StartOpenAsync();
        var group = sim.Data.AddGroup();
        var seeded = group.AddFlexCluster("n").AddSnapshot();
        var services = new ServiceCollection();
        services.AddFlexSnapshotsClient(options => options.BaseAddress = sim.BaseAddress)
            .AddHttpMessageHandler(() => new HeaderHandler());
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IFlexSnapshots>();
        var snapshot = await client.GetFlexBackupAsync(group.Id, "n", seeded.Id!);

        Assert.IsType<FlexSnapshotsClient>(client);
        Assert.Equal(seeded.Id, snapshot.Id);
        Assert.Equal("yes", Assert.Single(sim.Requests).Headers["X-Chained"]);
    }

    [Fact]
    public async Task WithoutALoggerTheContainersLoggerFactoryIsUsed()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13", r => r.Headers["Sunset"] = "Sun, 1 Jun 2025 00:00:00 GMT"));
        var factory = new RecordingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(factory);
        services.AddFlexSnapshotsClient(options => options.BaseAddress = server.Address);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IFlexSnapshots>().GetFlexBackupAsync("g", "n", "s");
        await provider.GetRequiredService<IFlexSnapshots>().GetFlexBackupAsync("g", "n", "s");

        var logger = factory.Loggers["Atlas.Client.Tests.Generated.FlexSnapshotsClient"];
        Assert.Single(logger.Entries);
    }

    [Fact]
    public void ANullServiceCollectionIsRejected()
        => Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => FlexSnapshotsClientServiceCollectionExtensions.AddFlexSnapshotsClient(null!)).ParamName);

    private sealed class HeaderHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Chained", "yes");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
