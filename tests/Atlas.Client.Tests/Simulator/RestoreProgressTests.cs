using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>
/// A restore created through the API moves along Atlas's workflow on the simulator's clock (QUEUED, RUNNING, COMPLETED
/// or FAILED), so that code which polls a restore until it ends can be tested; jobs a test adds keep what it gave them.
/// </summary>
public class RestoreProgressTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);

    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedGroup _group = null!;
    private SimulatedFlexCluster _flex = null!;
    private string _flexBase = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _sim.Clock.SetUtcNow(Start);
        _http = HttpFor(_sim);
        _group = _sim.Data.AddGroup();
        _flex = _group.AddFlexCluster("flex-1");
        _flexBase = FlexPath(_group.Id, "flex-1");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task ARestoreIsQueuedThenRunningThenCompletedWithItsFinishDate()
    {
        var job = await CreateFlexRestoreAsync();
        Assert.Equal(RestoreJobStatus.Queued, job.Status);
        Assert.Equal(Start, job.RestoreScheduledDate);
        Assert.Null(job.RestoreFinishedDate);

        _sim.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(RestoreJobStatus.Queued, (await GetFlexJobAsync(job.Id!)).Status);

        _sim.Clock.Advance(TimeSpan.FromSeconds(1));
        var running = await GetFlexJobAsync(job.Id!);
        Assert.Equal(RestoreJobStatus.Running, running.Status);
        Assert.Null(running.RestoreFinishedDate);

        _sim.Clock.Advance(TimeSpan.FromMinutes(2));
        var completed = await GetFlexJobAsync(job.Id!);
        Assert.Equal(RestoreJobStatus.Completed, completed.Status);
        Assert.Equal(Start + TimeSpan.FromSeconds(30) + TimeSpan.FromMinutes(2), completed.RestoreFinishedDate);

        // The list endpoint and the test-side view serve the same phase.
        using var listed = await GetAsync(_http, _flexBase + "/restoreJobs");
        Assert.Equal(RestoreJobStatus.Completed, Assert.Single((await ReadAsync(listed, AtlasJsonContext.Default.AtlasPageFlexBackupRestoreJob)).Results).Status);
        Assert.Equal(RestoreJobStatus.Completed, Assert.Single(_flex.RestoreJobs).Status);
    }

    [Fact]
    public async Task TheQueueAndRunTimesAreOptions()
    {
        _sim.Options.RestoreQueueTime = TimeSpan.Zero;
        _sim.Options.RestoreRunTime = TimeSpan.FromSeconds(10);

        var job = await CreateFlexRestoreAsync();
        Assert.Equal(RestoreJobStatus.Running, job.Status);

        _sim.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(RestoreJobStatus.Completed, (await GetFlexJobAsync(job.Id!)).Status);
    }

    [Fact]
    public void NegativeTimesAreRefusedNamingTheOption()
    {
        var options = new AtlasSimulatorOptions();
        Assert.Equal(nameof(AtlasSimulatorOptions.RestoreQueueTime), Assert.Throws<ArgumentOutOfRangeException>(() => options.RestoreQueueTime = TimeSpan.FromSeconds(-1)).ParamName);
        Assert.Equal(nameof(AtlasSimulatorOptions.RestoreRunTime), Assert.Throws<ArgumentOutOfRangeException>(() => options.RestoreRunTime = TimeSpan.FromTicks(-1)).ParamName);
    }

    [Fact]
    public async Task AFailedRestoreStaysFailedAndACompletedOneStaysCompleted()
    {
        var failing = await CreateFlexRestoreAsync();
        var finishing = await CreateFlexRestoreAsync();
        _sim.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(RestoreJobStatus.Failed, _flex.FailRestoreJob(failing.Id!).Status);
        _sim.Clock.Advance(TimeSpan.FromHours(1));
        var failed = await GetFlexJobAsync(failing.Id!);
        Assert.Equal(RestoreJobStatus.Failed, failed.Status);
        Assert.Null(failed.RestoreFinishedDate);

        Assert.Equal(RestoreJobStatus.Completed, _flex.FailRestoreJob(finishing.Id!).Status);
        Assert.Equal(RestoreJobStatus.Completed, (await GetFlexJobAsync(finishing.Id!)).Status);
    }

    [Fact]
    public void FailingAnUnknownJobNamesTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => _flex.FailRestoreJob("6733a1f0c2b54d0a8e1f00ff"));
        Assert.Equal("id", error.ParamName);
        Assert.Contains("6733a1f0c2b54d0a8e1f00ff", error.Message);
    }

    [Fact]
    public async Task JobsATestAddsKeepTheirStatusUntilFailed()
    {
        var added = _flex.AddRestoreJob(new FlexBackupRestoreJob { Status = RestoreJobStatus.Queued, DeliveryType = RestoreDeliveryType.Restore });
        _sim.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(RestoreJobStatus.Queued, (await GetFlexJobAsync(added.Id!)).Status);

        _flex.FailRestoreJob(added.Id!);
        Assert.Equal(RestoreJobStatus.Failed, (await GetFlexJobAsync(added.Id!)).Status);
    }

    [Fact]
    public async Task ADownloadIsCompleteAtOnceAndDoesNotMove()
    {
        var snapshot = _flex.AddSnapshot();
        using var created = await PostAsync(_http, _flexBase + "/download", $$"""{"snapshotId":"{{snapshot.Id}}"}""");
        var job = await ReadAsync(created, AtlasJsonContext.Default.FlexBackupRestoreJob);
        _sim.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(RestoreJobStatus.Completed, (await GetFlexJobAsync(job.Id!)).Status);
        Assert.Null((await GetFlexJobAsync(job.Id!)).RestoreFinishedDate);
    }

    [Fact]
    public async Task ATenantRestoreMovesTheSameWay()
    {
        var tenant = _group.AddTenantCluster("m2-a");
        var snapshot = tenant.AddSnapshot();
        var tenantBase = TenantPath(_group.Id, "m2-a");

        using var created = await PostAsync(_http, tenantBase + "/restore",
            $$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"m10-target"}""", TenantVersion);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var job = await ReadAsync(created, AtlasJsonContext.Default.TenantRestore);
        Assert.Equal(RestoreJobStatus.Queued, job.Status);

        _sim.Clock.Advance(TimeSpan.FromMinutes(3));
        using var got = await GetAsync(_http, tenantBase + "/restores/" + job.Id, TenantVersion);
        var completed = await ReadAsync(got, AtlasJsonContext.Default.TenantRestore);
        Assert.Equal(RestoreJobStatus.Completed, completed.Status);
        Assert.Equal(Start + TimeSpan.FromMinutes(2.5), completed.RestoreFinishedDate);
        Assert.Equal("m2-a", completed.ClusterName);
    }

    private async Task<FlexBackupRestoreJob> CreateFlexRestoreAsync()
    {
        var snapshot = _flex.AddSnapshot();
        using var created = await PostAsync(_http, _flexBase + "/restoreJobs", $$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"restored-1"}""");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        return await ReadAsync(created, AtlasJsonContext.Default.FlexBackupRestoreJob);
    }

    private async Task<FlexBackupRestoreJob> GetFlexJobAsync(string id)
    {
        using var response = await GetAsync(_http, _flexBase + "/restoreJobs/" + id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response, AtlasJsonContext.Default.FlexBackupRestoreJob);
    }
}
