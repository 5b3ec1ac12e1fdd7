using System.Net;
using Xunit;

namespace Atlas.Client.Tests.Surface;

// The tenant surface is sunset: these tests prove what its ready-made client still does, before and after the date.
#pragma warning disable CS0618, ATLAS0002, ATLAS0004

/// <summary>The six tenant (M2/M5) backup operations through the library's ready-made <see cref="TenantBackupsClient"/>.</summary>
public sealed class TenantBackupsTests : IAsyncLifetime
{
    private const string Accept = "application/vnd.atlas.2023-01-01+json";
    private SurfaceKit _kit = null!;

    public async Task InitializeAsync() => _kit = await SurfaceKit.StartAsync();

    public async Task DisposeAsync() => await _kit.DisposeAsync();

    [Fact]
    public async Task EverySnapshotOperationWorksBeforeTheSunsetAndReportsTheDeprecation()
    {
        var seeded = _kit.Tenant.AddSnapshot(new BackupTenantSnapshot { MongoDBVersion = "7.0.15" });
        var notices = new List<AtlasDeprecationNotice>();
        var client = _kit.TenantClient(new AtlasClientOptions { OnDeprecation = notices.Add });

        var snapshot = await client.GetSharedClusterBackupAsync(_kit.GroupId, SurfaceKit.TenantName, seeded.Id!, pretty: true);
        var page = await client.ListSharedClusterBackupsAsync(_kit.GroupId, SurfaceKit.TenantName, envelope: true);

        Assert.Equal("7.0.15", snapshot.MongoDBVersion);
        Assert.Equal(seeded.Id, Assert.Single(page.Results).Id);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(
            new[]
            {
                $"/api/atlas/v2/groups/{_kit.GroupId}/clusters/m2-1/backup/tenant/snapshots/{seeded.Id}?pretty=true",
                $"/api/atlas/v2/groups/{_kit.GroupId}/clusters/m2-1/backup/tenant/snapshots?envelope=true",
            },
            _kit.ApiRequests.Select(r => r.Target));
        Assert.All(_kit.ApiRequests, r => Assert.Equal(Accept, r.Headers["Accept"]));
        Assert.Equal(new[] { "getFlexBackup", "listFlexBackups" }, notices.Select(n => n.ReplacementOperationId));
        Assert.All(notices, n => Assert.Equal(new DateTimeOffset(2026, 1, 22, 0, 0, 0, TimeSpan.Zero), n.SunsetAt));
    }

    [Fact]
    public async Task DownloadAndRestoreSendTheirBodiesAndTheJobOperationsServeTheJobs()
    {
        var snapshot = _kit.Tenant.AddSnapshot();
        var client = _kit.TenantClient();

        var download = await client.DownloadSharedClusterBackupAsync(_kit.GroupId, SurfaceKit.TenantName,
            new TenantRestore { SnapshotId = snapshot.Id, TargetDeploymentItemName = SurfaceKit.TenantName });
        var restore = await client.CreateSharedClusterBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.TenantName,
            new TenantRestore { SnapshotId = snapshot.Id, TargetDeploymentItemName = "m5-target" }, envelope: true);
        var fetched = await client.GetSharedClusterBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.TenantName, restore.Id!, pretty: true);
        var jobs = await client.ListSharedClusterBackupRestoreJobsAsync(_kit.GroupId, SurfaceKit.TenantName);

        Assert.Equal(RestoreDeliveryType.Download, download.DeliveryType);
        Assert.Equal(SurfaceKit.TenantName, download.TargetDeploymentItemName); // required in the answer by the spec's TenantRestore
        Assert.NotNull(download.SnapshotUrl);
        Assert.Equal(RestoreJobStatus.Queued, restore.Status);
        Assert.Equal("m5-target", restore.TargetDeploymentItemName);
        Assert.Equal(restore.Id, fetched.Id);
        Assert.Equal(new[] { download.Id, restore.Id }, jobs.Results.Select(j => j.Id));
        var requests = _kit.ApiRequests;
        Assert.Equal($"/api/atlas/v2/groups/{_kit.GroupId}/clusters/m2-1/backup/tenant/download", requests[0].Target);
        Assert.Equal($$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"m2-1"}""", requests[0].Body);
        Assert.Equal(Accept, requests[0].Headers["Content-Type"]);
        Assert.Equal($"/api/atlas/v2/groups/{_kit.GroupId}/clusters/m2-1/backup/tenant/restore?envelope=true", requests[1].Target);
        Assert.Equal($$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"m5-target"}""", requests[1].Body);
        Assert.Equal($"/api/atlas/v2/groups/{_kit.GroupId}/clusters/m2-1/backup/tenant/restores/{restore.Id}?pretty=true", requests[2].Target);
        Assert.Equal($"/api/atlas/v2/groups/{_kit.GroupId}/clusters/m2-1/backup/tenant/restores", requests[3].Target);
    }

    public static TheoryData<string, string> Operations => new()
    {
        { "get", "getFlexBackup" },
        { "list", "listFlexBackups" },
        { "download", "downloadFlexBackup" },
        { "restore", "createFlexBackupRestoreJob" },
        { "listJobs", "listFlexBackupRestoreJobs" },
        { "getJob", "getFlexBackupRestoreJob" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AfterTheSunsetEveryOperationThrowsVersionGoneNamingItsFlexReplacement(string operation, string replacement)
    {
        var snapshot = _kit.Tenant.AddSnapshot();
        _kit.Simulator.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 22, 0, 0, 0, TimeSpan.Zero));
        var client = _kit.TenantClient();
        var id = snapshot.Id!;
        Func<Task> call = operation switch
        {
            "get" => () => client.GetSharedClusterBackupAsync(_kit.GroupId, SurfaceKit.TenantName, id),
            "list" => () => client.ListSharedClusterBackupsAsync(_kit.GroupId, SurfaceKit.TenantName),
            "download" => () => client.DownloadSharedClusterBackupAsync(_kit.GroupId, SurfaceKit.TenantName, new TenantRestore { SnapshotId = id, TargetDeploymentItemName = SurfaceKit.TenantName }),
            "restore" => () => client.CreateSharedClusterBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.TenantName, new TenantRestore { SnapshotId = id, TargetDeploymentItemName = "t" }),
            "listJobs" => () => client.ListSharedClusterBackupRestoreJobsAsync(_kit.GroupId, SurfaceKit.TenantName),
            _ => () => client.GetSharedClusterBackupRestoreJobAsync(_kit.GroupId, SurfaceKit.TenantName, id),
        };

        var error = await Assert.ThrowsAsync<AtlasApiException>(call);

        Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
        Assert.Equal("VERSION_GONE", error.ErrorCode);
        Assert.Contains($"use {replacement} instead", error.Message, StringComparison.Ordinal);
    }
}
