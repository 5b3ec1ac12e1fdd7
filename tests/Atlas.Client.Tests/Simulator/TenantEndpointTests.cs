using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>The six tenant (M2/M5) backup operations (version 2023-01-01), before their sunset.</summary>
public class TenantEndpointTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedGroup _group = null!;
    private SimulatedTenantCluster _cluster = null!;
    private string _base = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _sim.Clock.SetUtcNow(BeforeSunset);
        _http = HttpFor(_sim);
        _group = _sim.Data.AddGroup();
        _cluster = _group.AddTenantCluster("m2-a");
        _base = TenantPath(_group.Id, "m2-a");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task GetSnapshotAnswersTheTenantSnapshotWithItsMediaType()
    {
        var seeded = _cluster.AddSnapshot();

        using var response = await GetAsync(_http, _base + "/snapshots/" + seeded.Id, TenantVersion);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.atlas.2023-01-01+json", response.Content.Headers.ContentType!.MediaType);
        var snapshot = await ReadAsync(response, AtlasJsonContext.Default.BackupTenantSnapshot);
        Assert.Equal(seeded.Id, snapshot.Id);
        Assert.Equal(SnapshotStatus.Completed, snapshot.Status);
        Assert.EndsWith("/backup/tenant/snapshots/" + seeded.Id, Assert.Single(snapshot.Links!).Href);
    }

    [Fact]
    public async Task ListSnapshotsAnswersAPage()
    {
        _cluster.AddSnapshot();
        _cluster.AddSnapshot();
        using var response = await GetAsync(_http, _base + "/snapshots", TenantVersion);
        var page = await ReadAsync(response, AtlasJsonContext.Default.AtlasPageBackupTenantSnapshot);
        Assert.Equal(2, page.Results.Count);
        Assert.Equal(2, page.TotalCount);
    }

    [Fact]
    public async Task DownloadAndRestoreCreateTenantRestoresThatGetAndListFind()
    {
        var snapshot = _cluster.AddSnapshot();

        using var download = await PostAsync(_http, _base + "/download", $$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"m2-a"}""", TenantVersion);
        var downloadJob = await ReadAsync(download, AtlasJsonContext.Default.TenantRestore);
        Assert.Equal(RestoreDeliveryType.Download, downloadJob.DeliveryType);
        Assert.NotNull(downloadJob.SnapshotUrl);
        Assert.Equal("m2-a", downloadJob.ClusterName);
        Assert.Equal("m2-a", downloadJob.TargetDeploymentItemName);

        using var restore = await PostAsync(_http, _base + "/restore",
            $$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"m10-target"}""", TenantVersion);
        var restoreJob = await ReadAsync(restore, AtlasJsonContext.Default.TenantRestore);
        Assert.Equal(RestoreDeliveryType.Restore, restoreJob.DeliveryType);
        Assert.Equal(RestoreJobStatus.Queued, restoreJob.Status);
        Assert.Equal("m10-target", restoreJob.TargetDeploymentItemName);

        using var got = await GetAsync(_http, _base + "/restores/" + restoreJob.Id, TenantVersion);
        Assert.Equal(restoreJob.Id, (await ReadAsync(got, AtlasJsonContext.Default.TenantRestore)).Id);

        using var listed = await GetAsync(_http, _base + "/restores", TenantVersion);
        var page = await ReadAsync(listed, AtlasJsonContext.Default.AtlasPageTenantRestore);
        Assert.Equal(new[] { downloadJob.Id, restoreJob.Id }, page.Results.Select(r => r.Id));
    }

    [Fact]
    public async Task ATenantDownloadWithoutTargetDeploymentItemNameIsAValidationErrorAsTheSpecRequiresIt()
    {
        var snapshot = _cluster.AddSnapshot();

        using var download = await PostAsync(_http, _base + "/download", $$"""{"snapshotId":"{{snapshot.Id}}"}""", TenantVersion);

        var error = await AssertErrorAsync(download, 400, "VALIDATION_ERROR");
        Assert.Equal("targetDeploymentItemName", Assert.Single(error.BadRequestDetail!.Fields!).Field);
        Assert.Empty(_cluster.RestoreJobs);
    }

    [Fact]
    public async Task ATenantRestoreJobAddedWithoutATargetIsServedNamingItsCluster()
    {
        var job = _cluster.AddRestoreJob(new TenantRestore { SnapshotId = _cluster.AddSnapshot().Id, DeliveryType = RestoreDeliveryType.Download });

        using var got = await GetAsync(_http, _base + "/restores/" + job.Id, TenantVersion);

        Assert.Equal("m2-a", (await ReadAsync(got, AtlasJsonContext.Default.TenantRestore)).TargetDeploymentItemName);
    }

    [Fact]
    public async Task UnknownSnapshotIsTenantSnapshotNotFound()
    {
        using var response = await GetAsync(_http, _base + "/snapshots/0123456789abcdef01234567", TenantVersion);
        var error = await AssertErrorAsync(response, 404, "TENANT_SNAPSHOT_NOT_FOUND");
        Assert.Equal("No M2/M5 snapshot with ID 0123456789abcdef01234567 exists for cluster m2-a.", error.Detail);
    }

    [Fact]
    public async Task UnknownRestoreIsTenantRestoreNotFound()
    {
        using var response = await GetAsync(_http, _base + "/restores/0123456789abcdef01234567", TenantVersion);
        await AssertErrorAsync(response, 404, "TENANT_RESTORE_NOT_FOUND");
    }

    [Fact]
    public async Task RestoreOfAnUnknownSnapshotIsTenantSnapshotNotFound()
    {
        using var response = await PostAsync(_http, _base + "/restore",
            """{"snapshotId":"0123456789abcdef01234567","targetDeploymentItemName":"t"}""", TenantVersion);
        await AssertErrorAsync(response, 404, "TENANT_SNAPSHOT_NOT_FOUND");
    }

    [Fact]
    public async Task AFlexClusterIsNotATenantCluster()
    {
        _group.AddFlexCluster("flex-only");
        using var response = await GetAsync(_http, TenantPath(_group.Id, "flex-only") + "/snapshots", TenantVersion);
        await AssertErrorAsync(response, 404, "CLUSTER_NOT_FOUND");
    }
}
