using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>Seeding data: ids and names are checked as Atlas checks them; added items get ids and self links.</summary>
public class SimulatorDataTests
{
    [Fact]
    public async Task AddedItemsGetAnIdAndASelfLinkAndKeepWhatWasGiven()
    {
        await using var sim = await StartOpenAsync();
        var group = sim.Data.AddGroup();
        var snapshot = group.AddFlexCluster("flex-1").AddSnapshot(new FlexBackupSnapshot { MongoDBVersion = "7.0.1" });

        Assert.Matches("^[a-f0-9]{24}$", snapshot.Id);
        Assert.Equal("7.0.1", snapshot.MongoDBVersion);
        Assert.Null(snapshot.Status); // given without status: none is invented
        Assert.Equal(new Uri(sim.BaseAddress, FlexPath(group.Id, "flex-1") + "/snapshots/" + snapshot.Id).ToString(), Assert.Single(snapshot.Links!).Href);
    }

    [Fact]
    public async Task ASnapshotAddedWithoutDetailsIsACompletedSnapshotFromAnHourAgo()
    {
        await using var sim = await StartOpenAsync();
        var now = new DateTimeOffset(2026, 2, 1, 10, 30, 15, TimeSpan.Zero);
        sim.Clock.SetUtcNow(now);

        var snapshot = sim.Data.AddGroup().AddTenantCluster("m2-a").AddSnapshot();

        Assert.Equal(SnapshotStatus.Completed, snapshot.Status);
        Assert.Equal(now.AddHours(-1), snapshot.StartTime);
        Assert.True(snapshot.FinishTime > snapshot.StartTime);
        Assert.True(snapshot.Expiration > now);
    }

    [Fact]
    public async Task BadIdsAndNamesAreRefused()
    {
        await using var sim = await StartOpenAsync();
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => sim.Data.AddGroup("XYZ")).ParamName);
        var group = sim.Data.AddGroup();
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => sim.Data.AddGroup(group.Id)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => group.AddFlexCluster("bad_name")).ParamName);
        var cluster = group.AddFlexCluster("flex-1");
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => group.AddFlexCluster("flex-1")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => cluster.AddSnapshot(new FlexBackupSnapshot { Id = "nope" })).ParamName);
        var snapshot = cluster.AddSnapshot();
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => cluster.AddSnapshot(new FlexBackupSnapshot { Id = snapshot.Id })).ParamName);
        Assert.Equal("restoreJob", Assert.Throws<ArgumentNullException>(() => cluster.AddRestoreJob(null!)).ParamName);
    }

    [Fact]
    public async Task RemovingAndClearingTakesEffectOnTheNextRequest()
    {
        await using var sim = await StartOpenAsync();
        using var http = HttpFor(sim);
        var group = sim.Data.AddGroup();
        var cluster = group.AddFlexCluster("flex-1");
        cluster.AddSnapshot();

        cluster.Clear();
        using (var empty = await GetAsync(http, FlexPath(group.Id, "flex-1") + "/snapshots"))
        {
            Assert.Empty((await ReadAsync(empty, AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot)).Results);
        }

        Assert.True(sim.Data.RemoveGroup(group.Id));
        using var gone = await GetAsync(http, FlexPath(group.Id, "flex-1") + "/snapshots");
        await AssertErrorAsync(gone, 404, "GROUP_NOT_FOUND");
    }

    [Fact]
    public async Task DemoDataIsFixedAndServed()
    {
        await using var sim = await StartOpenAsync(o => o.SeedDemoData = true);
        using var http = HttpFor(sim);

        using var response = await GetAsync(http, FlexPath(AtlasSimulator.DemoGroupId, AtlasSimulator.DemoFlexClusterName) + "/snapshots");
        var page = await ReadAsync(response, AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot);

        Assert.Equal(new[] { "6733a1f0c2b54d0a8e1f0001", "6733a1f0c2b54d0a8e1f0002", "6733a1f0c2b54d0a8e1f0003" }, page.Results.Select(s => s.Id));
        Assert.True(sim.Data.TryGetGroup(AtlasSimulator.DemoGroupId, out var demo));
        Assert.True(demo.TryGetTenantCluster(AtlasSimulator.DemoTenantClusterName, out var tenant));
        Assert.Equal(2, tenant.Snapshots.Count);
        Assert.Throws<ArgumentException>(() => sim.SeedDemoData());
    }

    [Fact]
    public void OptionsRefuseValuesThatCannotWork()
    {
        var options = new AtlasSimulatorOptions();
        Assert.Equal("TokenLifetime", Assert.Throws<ArgumentOutOfRangeException>(() => options.TokenLifetime = TimeSpan.Zero).ParamName);
        Assert.Equal("NonceLifetime", Assert.Throws<ArgumentOutOfRangeException>(() => options.NonceLifetime = TimeSpan.FromSeconds(-1)).ParamName);
        Assert.Equal("Port", Assert.Throws<ArgumentOutOfRangeException>(() => options.Port = 70000).ParamName);
        Assert.Equal("RequestLogCapacity", Assert.Throws<ArgumentOutOfRangeException>(() => options.RequestLogCapacity = 0).ParamName);
        Assert.Equal("publicKey", Assert.Throws<ArgumentException>(() => options.AddApiKey("", "x")).ParamName);
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatorClock().Advance(TimeSpan.FromSeconds(-1))).ParamName);
    }
}
