using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>The six Flex backup operations (version 2024-11-13) and their not-found answers.</summary>
public class FlexEndpointTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedGroup _group = null!;
    private SimulatedFlexCluster _cluster = null!;
    private string _base = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _http = HttpFor(_sim);
        _group = _sim.Data.AddGroup();
        _cluster = _group.AddFlexCluster("flex-1");
        _base = FlexPath(_group.Id, "flex-1");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task DatesAreWrittenInUtcWithAZAsAtlasWritesThem()
    {
        // A date seeded with another offset still goes out as Atlas spells it: UTC, trailing Z, no "+00:00".
        var seeded = _cluster.AddSnapshot(new FlexBackupSnapshot
        {
            FinishTime = new DateTimeOffset(2025, 5, 1, 2, 30, 0, TimeSpan.FromHours(2)),
            StartTime = new DateTimeOffset(2025, 5, 1, 0, 15, 0, TimeSpan.Zero),
        });

        using var response = await GetAsync(_http, $"{_base}/snapshots/{seeded.Id}");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"finishTime\":\"2025-05-01T00:30:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"startTime\":\"2025-05-01T00:15:00Z\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("+00:00", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSnapshotAnswersTheSnapshotWithTheVersionedMediaTypeAndASelfLink()
    {
        var seeded = _cluster.AddSnapshot(new FlexBackupSnapshot
        {
            MongoDBVersion = "8.0.1",
            Status = SnapshotStatus.Queued,
            FinishTime = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
        });

        using var response = await GetAsync(_http, _base + "/snapshots/" + seeded.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.atlas.2024-11-13+json", response.Content.Headers.ContentType!.MediaType);
        var snapshot = await ReadAsync(response, AtlasJsonContext.Default.FlexBackupSnapshot);
        Assert.Equal(seeded.Id, snapshot.Id);
        Assert.Equal("8.0.1", snapshot.MongoDBVersion);
        Assert.Equal(SnapshotStatus.Queued, snapshot.Status);
        Assert.Equal(seeded.FinishTime, snapshot.FinishTime);
        var self = Assert.Single(snapshot.Links!);
        Assert.Equal("self", self.Rel);
        Assert.Equal(new Uri(_sim.BaseAddress, _base + "/snapshots/" + seeded.Id).ToString(), self.Href);
        Assert.False(response.Headers.Contains("Deprecation"));
        Assert.False(response.Headers.Contains("Sunset"));
    }

    [Fact]
    public async Task ListSnapshotsAnswersAPageInInsertionOrder()
    {
        var first = _cluster.AddSnapshot();
        var second = _cluster.AddSnapshot();

        using var response = await GetAsync(_http, _base + "/snapshots");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReadAsync(response, AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot);
        Assert.Equal(new[] { first.Id, second.Id }, page.Results.Select(s => s.Id));
        Assert.Equal(2, page.TotalCount);
    }

    [Fact]
    public async Task DownloadCreatesACompletedDownloadJobWithALinkValidForFourHours()
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        _sim.Clock.SetUtcNow(now);
        var snapshot = _cluster.AddSnapshot();

        using var response = await PostAsync(_http, _base + "/download", $$"""{"snapshotId":"{{snapshot.Id}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await ReadAsync(response, AtlasJsonContext.Default.FlexBackupRestoreJob);
        Assert.Equal(RestoreDeliveryType.Download, job.DeliveryType);
        Assert.Equal(RestoreJobStatus.Completed, job.Status);
        Assert.Equal(snapshot.Id, job.SnapshotId);
        Assert.Equal(now.AddHours(4), job.ExpirationDate);
        Assert.StartsWith(_sim.BaseAddress.GetLeftPart(UriPartial.Authority), job.SnapshotUrl);
        Assert.Equal("flex-1", job.InstanceName);
        Assert.Equal(_group.Id, job.ProjectId);
        Assert.Contains(_cluster.RestoreJobs, j => j.Id == job.Id);
    }

    [Fact]
    public async Task CreateRestoreJobQueuesItAndGetAndListFindIt()
    {
        var snapshot = _cluster.AddSnapshot();
        var targetProject = _sim.Data.AddGroup().Id;

        using var created = await PostAsync(_http, _base + "/restoreJobs",
            $$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"restored-1","targetProjectId":"{{targetProject}}"}""");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var job = await ReadAsync(created, AtlasJsonContext.Default.FlexBackupRestoreJob);
        Assert.Equal(RestoreDeliveryType.Restore, job.DeliveryType);
        Assert.Equal(RestoreJobStatus.Queued, job.Status);
        Assert.Equal("restored-1", job.TargetDeploymentItemName);
        Assert.Equal(targetProject, job.TargetProjectId);
        Assert.Equal(snapshot.FinishTime, job.SnapshotFinishedDate);

        using var got = await GetAsync(_http, _base + "/restoreJobs/" + job.Id);
        Assert.Equal(job.Id, (await ReadAsync(got, AtlasJsonContext.Default.FlexBackupRestoreJob)).Id);

        using var listed = await GetAsync(_http, _base + "/restoreJobs");
        var page = await ReadAsync(listed, AtlasJsonContext.Default.AtlasPageFlexBackupRestoreJob);
        Assert.Equal(job.Id, Assert.Single(page.Results).Id);
    }

    [Fact]
    public async Task RestoreJobWithoutTargetProjectRestoresIntoTheSourceGroup()
    {
        var snapshot = _cluster.AddSnapshot();
        using var created = await PostAsync(_http, _base + "/restoreJobs", $$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"t"}""");
        Assert.Equal(_group.Id, (await ReadAsync(created, AtlasJsonContext.Default.FlexBackupRestoreJob)).TargetProjectId);
    }

    [Fact]
    public async Task TheCreateBodiesOfTheModelsAreAccepted()
    {
        var snapshot = _cluster.AddSnapshot();
        var restoreBody = System.Text.Json.JsonSerializer.Serialize(
            new FlexBackupRestoreJobCreate(snapshot.Id!, "target"), AtlasJsonContext.Default.FlexBackupRestoreJobCreate);
        var downloadBody = System.Text.Json.JsonSerializer.Serialize(
            new FlexBackupSnapshotDownloadCreate(snapshot.Id!), AtlasJsonContext.Default.FlexBackupSnapshotDownloadCreate);

        using var restore = await PostAsync(_http, _base + "/restoreJobs", restoreBody);
        using var download = await PostAsync(_http, _base + "/download", downloadBody);

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task UnknownSnapshotIsSnapshotNotFound()
    {
        using var response = await GetAsync(_http, _base + "/snapshots/0123456789abcdef01234567");
        var error = await AssertErrorAsync(response, 404, "SNAPSHOT_NOT_FOUND");
        Assert.Equal("No snapshot with ID 0123456789abcdef01234567 exists for cluster flex-1.", error.Detail);
        Assert.Equal("Not Found", error.Reason);
        Assert.Equal(new[] { "0123456789abcdef01234567", "flex-1" }, error.Parameters!.Select(p => p.GetString()));
    }

    [Fact]
    public async Task UnknownRestoreJobIsRestoreJobNotFound()
    {
        using var response = await GetAsync(_http, _base + "/restoreJobs/0123456789abcdef01234567");
        await AssertErrorAsync(response, 404, "RESTORE_JOB_NOT_FOUND");
    }

    [Fact]
    public async Task DownloadOfAnUnknownSnapshotIsSnapshotNotFound()
    {
        using var response = await PostAsync(_http, _base + "/download", """{"snapshotId":"0123456789abcdef01234567"}""");
        await AssertErrorAsync(response, 404, "SNAPSHOT_NOT_FOUND");
        Assert.Empty(_cluster.RestoreJobs);
    }

    [Fact]
    public async Task UnknownFlexClusterIsClusterNotFound()
    {
        _group.AddTenantCluster("m2-only"); // a tenant cluster is not a Flex cluster
        using var response = await GetAsync(_http, FlexPath(_group.Id, "m2-only") + "/snapshots");
        var error = await AssertErrorAsync(response, 404, "CLUSTER_NOT_FOUND");
        Assert.Equal($"No cluster named m2-only exists in group {_group.Id}.", error.Detail);
    }
}
