using System.Net;
using Atlas.Client.Testing;
using Atlas.Client.Tests.Simulator;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// The two foundation endpoints through generated clients and a real HttpClient against the Atlas simulator: what
/// goes on the wire, envelopes, Atlas's own error answers, argument checks before any I/O. Answers Atlas does not give
/// are scripted in <see cref="ScriptedAnswerTests"/>.
/// </summary>
public sealed class SnapshotEndpointTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedGroup _group = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorTestKit.StartOpenAsync();
        _sim.Clock.SetUtcNow(SimulatorTestKit.BeforeSunset);
        _http = SimulatorTestKit.HttpFor(_sim);
        _group = _sim.Data.AddGroup();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task FlexSnapshotIsReadWithTheVersionedAcceptHeader()
    {
        var seeded = _group.AddFlexCluster("flex-1").AddSnapshot(new FlexBackupSnapshot
        {
            Status = SnapshotStatus.Completed,
            FinishTime = new DateTimeOffset(2024, 11, 13, 10, 15, 30, TimeSpan.Zero),
            MongoDBVersion = "8.0.4",
        });
        var client = new FlexSnapshotsClient(_http);

        var snapshot = await client.GetFlexBackupAsync(_group.Id, "flex-1", seeded.Id!);

        var request = Assert.Single(_sim.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/api/atlas/v2/groups/{_group.Id}/flexClusters/flex-1/backup/snapshots/{seeded.Id}", request.Target);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", request.Headers["Accept"]);
        Assert.Equal(200, request.StatusCode);
        Assert.Equal(seeded.Id, snapshot.Id);
        Assert.Equal(SnapshotStatus.Completed, snapshot.Status);
        Assert.Equal(new DateTimeOffset(2024, 11, 13, 10, 15, 30, TimeSpan.Zero), snapshot.FinishTime);
        Assert.Equal(new Uri(_sim.BaseAddress, request.Path).ToString(), Assert.Single(snapshot.Links!).Href);
    }

    [Fact]
    public async Task TenantSnapshotIsUnwrappedFromItsEnvelope()
    {
#pragma warning disable CS0618 // the tenant model is obsolete: this proves the client still reads it
        var seeded = _group.AddTenantCluster("m2-cluster").AddSnapshot(new BackupTenantSnapshot { MongoDBVersion = "8.0.4" });
        var client = new TenantSnapshotsClient(_http);

        var snapshot = await client.GetSharedClusterBackupAsync(_group.Id, "m2-cluster", seeded.Id!, envelope: true, pretty: true);
#pragma warning restore CS0618

        var request = Assert.Single(_sim.Requests);
        Assert.Equal($"/api/atlas/v2/groups/{_group.Id}/clusters/m2-cluster/backup/tenant/snapshots/{seeded.Id}?envelope=true&pretty=true", request.Target);
        Assert.Equal("application/vnd.atlas.2023-01-01+json", request.Headers["Accept"]);
        Assert.Equal(seeded.Id, snapshot.Id);
        Assert.Equal("8.0.4", snapshot.MongoDBVersion);
    }

    [Fact]
    public async Task EnvelopeFalseIsSentAndNotUnwrapped()
    {
        var seeded = _group.AddFlexCluster("flex-1").AddSnapshot();
        var client = new FlexSnapshotsClient(_http);

        var snapshot = await client.GetFlexBackupAsync(_group.Id, "flex-1", seeded.Id!, envelope: false);

        Assert.Equal(seeded.Id, snapshot.Id);
        Assert.EndsWith("?envelope=false", Assert.Single(_sim.Requests).Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtlasErrorsBecomeAtlasApiExceptionsWithTheParsedError()
    {
        _group.AddFlexCluster("flex-1");
        var client = new FlexSnapshotsClient(_http);

        var notFound = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(_group.Id, "flex-1", "5f4e3d2c1b0a998877665544"));
        var badName = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(_group.Id, "-bad-", "5f4e3d2c1b0a998877665544"));
        var noGroup = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync("32b6e34b3d91647abb20e7b8", "flex-1", "5f4e3d2c1b0a998877665544"));

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("SNAPSHOT_NOT_FOUND", notFound.ErrorCode);
        Assert.Equal(404, notFound.Error!.Error);
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.Equal("CLUSTER_NAME_INVALID", badName.ErrorCode);
        Assert.Equal("GROUP_NOT_FOUND", noGroup.ErrorCode);
        foreach (var error in new[] { notFound, badName, noGroup })
        {
            Assert.False(string.IsNullOrEmpty(error.Detail));
            Assert.False(string.IsNullOrEmpty(error.Reason));
            Assert.Contains(error.ErrorCode!, error.Message, StringComparison.Ordinal);
            Assert.Contains("IFlexSnapshots.GetFlexBackupAsync", error.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<HttpRequestException>(error);
        }
    }

    [Fact]
    public async Task AnUnauthenticatedCallIsAnAtlasUnauthorizedError()
    {
        await using var secured = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions().AddApiKey("public", "private"));
        using var http = SimulatorTestKit.HttpFor(secured);

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => new FlexSnapshotsClient(http).GetFlexBackupAsync(_group.Id, "flex-1", "5f4e3d2c1b0a998877665544"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("USER_UNAUTHORIZED", error.ErrorCode);
    }

    [Fact]
    public async Task NullArgumentsThrowBeforeAnyRequest()
    {
        var client = new FlexSnapshotsClient(_http);

        var group = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetFlexBackupAsync(null!, "flex-1", "s"));
        var name = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetFlexBackupAsync(_group.Id, null!, "s"));
        var snapshot = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetFlexBackupAsync(_group.Id, "flex-1", null!));

        Assert.Equal("groupId", group.ParamName);
        Assert.Equal("name", name.ParamName);
        Assert.Equal("snapshotId", snapshot.ParamName);
        Assert.Empty(_sim.Requests);
    }

    [Fact]
    public void ConstructorsRejectNulls()
    {
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new FlexSnapshotsClient(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new FlexSnapshotsClient(new HttpClient(), null!)).ParamName);
    }

    [Fact]
    public async Task AnAlreadyCancelledTokenSendsNothing()
    {
        var client = new FlexSnapshotsClient(_http);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetFlexBackupAsync(_group.Id, "flex-1", "s", cancellationToken: new CancellationToken(true)));
        Assert.Empty(_sim.Requests);
    }
}
