using Xunit;
using System.Net;
using Atlas.Client.Testing;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

public class SimulatorSmokeTests
{
    [Fact]
    public async Task ServesAFlexSnapshot()
    {
        await using var sim = await StartOpenAsync();
        var group = sim.Data.AddGroup();
        var snapshot = group.AddFlexCluster("flex-1").AddSnapshot();
        using var http = HttpFor(sim);

        using var response = await GetAsync(http, FlexPath(group.Id, "flex-1") + "/snapshots/" + snapshot.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response, AtlasJsonContext.Default.FlexBackupSnapshot);
        Assert.Equal(snapshot.Id, body.Id);
    }
}
