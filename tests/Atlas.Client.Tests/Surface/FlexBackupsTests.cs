using System.Net;
using System.Text.Json;
using Xunit;

namespace Atlas.Client.Tests.Surface;

/// <summary>The six Flex backup operations through the library's ready-made <see cref="FlexBackupsClient"/>, against the simulator.</summary>
public sealed class FlexBackupsTests : IAsyncLifetime
{
    private const string Accept = "application/vnd.atlas.2024-11-13+json";
    private SurfaceKit _kit = null!;

    public async Task InitializeAsync() => _kit = await SurfaceKit.StartAsync();

    public async Task DisposeAsync() => await _kit.DisposeAsync();

    [Fact]
    public async Task GetFlexBackupReadsOneSnapshot()
    {
        var seeded = _kit.Flex.AddSnapshot(new FlexBackupSnapshot { MongoDBVersion = "8.0.9", Status = SnapshotStatus.Running });

        var snapshot = await _kit.FlexClient().GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, seeded.Id!);

        Assert.Equal(seeded.Id, snapshot.Id);
        Assert.Equal("8.0.9", snapshot.MongoDBVersion);
        Assert.Equal(SnapshotStatus.Running, snapshot.Status);
        var request = Assert.Single(_kit.ApiRequests);
        Assert.Equal($"/api/atlas/v2/groups/{_kit.GroupId}/flexClusters/flex-1/backup/snapshots/{seeded.Id}", request.Target);
        Assert.Equal(Accept, request.Headers["Accept"]);
    }

    [Fact]
    public async Task ListFlexBackupsReadsOnePageWithItsCountAndLinks()
    {
        var ids = _kit.AddFlexSnapshots(5);

        var page = await _kit.FlexClient().ListFlexBackupsAsync(_kit.GroupId, SurfaceKit.FlexName, includeCount: true, itemsPerPage: 2, pageNum: 2, pretty: true);

        Assert.Equal(ids.Skip(2).Take(2), page.Results.Select(s => s.Id));
        Assert.Equal(5, page.TotalCount);
        Assert.Equal(new[] { "self", "previous", "next" }, page.Links!.Select(l => l.Rel));
        Assert.EndsWith("/backup/snapshots?includeCount=true&itemsPerPage=2&pageNum=2&pretty=true", Assert.Single(_kit.ApiRequests).Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListFlexBackupsWithoutCountLeavesTotalCountNull()
    {
        _kit.AddFlexSnapshots(1);

        var page = await _kit.FlexClient().ListFlexBackupsAsync(_kit.GroupId, SurfaceKit.FlexName, includeCount: false, envelope: true);

        Assert.Single(page.Results);
        Assert.Null(page.TotalCount);
        Assert.EndsWith("?envelope=true&includeCount=false", Assert.Single(_kit.ApiRequests).Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnumerateFlexBackupsReadsEverySnapshotInOrder()
    {
        var ids = _kit.AddFlexSnapshots(7);

        var all = await _kit.FlexClient().EnumerateFlexBackupsAsync(_kit.GroupId, SurfaceKit.FlexName, itemsPerPage: 3).ToListAsync();

        Assert.Equal(ids, all.Select(s => s.Id));
        Assert.Equal(3, _kit.ApiRequests.Count);
    }

    [Fact]
    public async Task DownloadFlexBackupSendsTheBodyAndReadsTheDownloadJob()
    {
        var snapshot = _kit.Flex.AddSnapshot();

        var job = await _kit.FlexClient().DownloadFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, new FlexBackupSnapshotDownloadCreate(snapshot.Id!));

        Assert.Equal(RestoreDeliveryType.Download, job.DeliveryType);
        Assert.Equal(snapshot.Id, job.SnapshotId);
        Assert.Equal(RestoreJobStatus.Completed, job.Status);
        Assert.NotNull(job.SnapshotUrl);
        Assert.Equal(_kit.Simulator.Clock.GetUtcNow().AddHours(4), job.ExpirationDate);
        var request = Assert.Single(_kit.ApiRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/atlas/v2/groups/{_kit.GroupId}/flexClusters/flex-1/backup/download", request.Target);
        Assert.Equal(Accept, request.Headers["Content-Type"]);
        Assert.Equal($$"""{"snapshotId":"{{snapshot.Id}}"}""", request.Body);
    }

    [Fact]
    public async Task CreateFlexBackupRestoreJobQueuesARestoreThatTheJobOperationsThenServe()
    {
        var snapshot = _kit.Flex.AddSnapshot();
        var client = _kit.FlexClient();

        var created = await client.CreateFlexBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.FlexName,
            new FlexBackupRestoreJobCreate(snapshot.Id!, "flex-target") { TargetProjectId = _kit.GroupId }, pretty: true);
        var fetched = await client.GetFlexBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.FlexName, created.Id!, envelope: true);
        var page = await client.ListFlexBackupRestoreJobsAsync(_kit.GroupId, SurfaceKit.FlexName, includeCount: true);
        var all = await client.EnumerateFlexBackupRestoreJobsAsync(_kit.GroupId, SurfaceKit.FlexName).ToListAsync();

        Assert.Equal(RestoreJobStatus.Queued, created.Status);
        Assert.Equal(RestoreDeliveryType.Restore, created.DeliveryType);
        Assert.Equal("flex-target", created.TargetDeploymentItemName);
        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(created.Id, Assert.Single(page.Results).Id);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(created.Id, Assert.Single(all).Id);
        var post = _kit.ApiRequests[0];
        Assert.EndsWith("/backup/restoreJobs?pretty=true", post.Target, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal(snapshot.Id, body.RootElement.GetProperty("snapshotId").GetString());
        Assert.Equal("flex-target", body.RootElement.GetProperty("targetDeploymentItemName").GetString());
        Assert.Equal(_kit.GroupId, body.RootElement.GetProperty("targetProjectId").GetString());
        Assert.EndsWith($"/backup/restoreJobs/{created.Id}?envelope=true", _kit.ApiRequests[1].Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyAtlasRejectsThrowsWithTheValidationError()
    {
        var error = await Assert.ThrowsAsync<AtlasApiException>(() => _kit.FlexClient().CreateFlexBackupRestoreJobAsync(
            _kit.GroupId, SurfaceKit.FlexName, new FlexBackupRestoreJobCreate("not-an-id", "flex-target")));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("VALIDATION_ERROR", error.ErrorCode);
        Assert.Contains(error.Error!.BadRequestDetail!.Fields!, f => f.Field == "snapshotId");
        Assert.Contains("IFlexBackups.CreateFlexBackupRestoreJobAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIdsAreAtlasNotFoundErrors()
    {
        var client = _kit.FlexClient();

        var snapshot = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, "5f4e3d2c1b0a998877665544"));
        var job = await Assert.ThrowsAsync<AtlasApiException>(() => client.GetFlexBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.FlexName, "5f4e3d2c1b0a998877665544"));
        var cluster = await Assert.ThrowsAsync<AtlasApiException>(() => client.ListFlexBackupsAsync(_kit.GroupId, "no-such-cluster"));

        Assert.Equal("SNAPSHOT_NOT_FOUND", snapshot.ErrorCode);
        Assert.Equal("RESTORE_JOB_NOT_FOUND", job.ErrorCode);
        Assert.Equal("CLUSTER_NOT_FOUND", cluster.ErrorCode);
    }

    [Fact]
    public async Task ANullBodyThrowsBeforeAnyRequest()
    {
        var client = _kit.FlexClient();

        var restore = await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateFlexBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.FlexName, null!));
        var download = await Assert.ThrowsAsync<ArgumentNullException>(() => client.DownloadFlexBackupAsync(_kit.GroupId, SurfaceKit.FlexName, null!));

        Assert.Equal("restoreJob", restore.ParamName);
        Assert.Equal("download", download.ParamName);
        Assert.Empty(_kit.Simulator.Requests);
    }
}
