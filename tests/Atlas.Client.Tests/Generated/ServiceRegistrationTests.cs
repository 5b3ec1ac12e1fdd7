using Atlas.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>The emitted Add{Name}Client registration (this project references Microsoft.Extensions.Http through the ASP.NET Core framework).</summary>
public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task TheTypedClientResolvesAndHandlersChainOn()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{\"id\":\"abc\"}", "2024-11-13"));
        var services = new ServiceCollection();
        services.AddFlexSnapshotsClient(options => options.BaseAddress = server.Address)
            .AddHttpMessageHandler(() => new HeaderHandler());
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IFlexSnapshots>();
        var snapshot = await client.GetFlexBackupAsync("g", "n", "s");

        Assert.IsType<FlexSnapshotsClient>(client);
        Assert.Equal("abc", snapshot.Id);
        Assert.Equal("yes", Assert.Single(server.Requests).Headers["X-Chained"]);
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
