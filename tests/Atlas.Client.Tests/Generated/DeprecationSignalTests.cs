using System.Net;
using Atlas.Client.Tests.Infrastructure;
using Atlas.Client.Tests.Simulator;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// Deprecation/Sunset headers reach the callback every time and the logger once per operation; 410 names the
/// replacement. Atlas's own answers come from the simulator; headers on answers Atlas would not mark (a Flex
/// operation, a structured date) from a scripted server.
/// </summary>
public sealed class DeprecationSignalTests
{
    private const string GroupId = "32b6e34b3d91647abb20e7b8";
    private const string SnapshotId = "5f4e3d2c1b0a998877665544";

    // The documented example of what Atlas sends for a deprecated version.
    private static readonly Action<Microsoft.AspNetCore.Http.HttpResponse> DeprecatedHeaders = response =>
    {
        response.Headers["Deprecation"] = "Wed, 1 Feb 2023 00:00:00 GMT";
        response.Headers["Sunset"] = "Sun, 1 Jun 2025 00:00:00 GMT";
    };

#pragma warning disable CS0618 // the tenant operation is sunset: these tests are about what the client says about that
    [Fact]
    public async Task TheCallbackSeesEveryAnswerAndTheLoggerWarnsOncePerOperation()
    {
        await using var sim = await SimulatorTestKit.StartOpenAsync();
        sim.Clock.SetUtcNow(SimulatorTestKit.BeforeSunset);
        var group = sim.Data.AddGroup();
        var snapshot = group.AddTenantCluster("m2").AddSnapshot();
        using var http = SimulatorTestKit.HttpFor(sim);
        var notices = new List<AtlasDeprecationNotice>();
        var logger = new RecordingLogger();
        var options = new AtlasClientOptions { OnDeprecation = notices.Add, Logger = logger };
        var tenant = new TenantSnapshotsClient(http, options);
        var otherClientSameOptions = new TenantSnapshotsClient(http, options);

        await tenant.GetSharedClusterBackupAsync(group.Id, "m2", snapshot.Id!);
        await tenant.GetSharedClusterBackupAsync(group.Id, "m2", snapshot.Id!);
        await otherClientSameOptions.GetSharedClusterBackupAsync(group.Id, "m2", snapshot.Id!);

        Assert.Equal(3, notices.Count);
        var notice = notices[0];
        Assert.Equal("ITenantSnapshots.GetSharedClusterBackupAsync", notice.OperationName);
        Assert.Equal("2023-01-01", notice.Version);
        Assert.Equal(sim.Options.TenantDeprecation, notice.DeprecatedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 22, 0, 0, 0, TimeSpan.Zero), notice.SunsetAt);
        Assert.Equal("getFlexBackup", notice.ReplacementOperationId);
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("AtlasOperationDeprecated", warning.EventId.Name);
        Assert.Contains(notice.SunsetHeader!, warning.Message, StringComparison.Ordinal);
        Assert.Contains("getFlexBackup", warning.Message, StringComparison.Ordinal);
        Assert.Contains("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachOperationGetsItsOwnWarning()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13", DeprecatedHeaders));
        var logger = new RecordingLogger();
        var options = new AtlasClientOptions { Logger = logger };

        await new TenantSnapshotsClient(server.CreateClient(), options).GetSharedClusterBackupAsync(GroupId, "m2", SnapshotId);
        await new FlexSnapshotsClient(server.CreateClient(), options).GetFlexBackupAsync(GroupId, "flex", SnapshotId);
        await new FlexSnapshotsClient(server.CreateClient(), options).GetFlexBackupAsync(GroupId, "flex", SnapshotId);

        Assert.Equal(2, logger.Entries.Count);
        Assert.Contains(logger.Entries, e => e.Message.Contains("IFlexSnapshots.GetFlexBackupAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswersWithoutTheHeadersReportNothing()
    {
        await using var sim = await SimulatorTestKit.StartOpenAsync();
        var group = sim.Data.AddGroup();
        var snapshot = group.AddFlexCluster("flex").AddSnapshot();
        using var http = SimulatorTestKit.HttpFor(sim);
        var notices = new List<AtlasDeprecationNotice>();
        var logger = new RecordingLogger();

        await new FlexSnapshotsClient(http, new AtlasClientOptions { OnDeprecation = notices.Add, Logger = logger })
            .GetFlexBackupAsync(group.Id, "flex", snapshot.Id!);

        Assert.Empty(notices);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task AStructuredDeprecationDateIsRead()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("{}", "2024-11-13", r => r.Headers["Deprecation"] = "@1675209600"));
        AtlasDeprecationNotice? notice = null;

        await new FlexSnapshotsClient(server.CreateClient(), new AtlasClientOptions { OnDeprecation = n => notice = n })
            .GetFlexBackupAsync(GroupId, "flex", SnapshotId);

        Assert.Equal(new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero), notice!.DeprecatedAt);
        Assert.Null(notice.SunsetAt);
        Assert.Null(notice.ReplacementOperationId);
    }

    [Fact]
    public async Task VersionGoneFromATenantEndpointNamesTheFlexReplacement()
    {
        // The simulator's clock follows real time by default: past 2026-01-22 the tenant endpoints are gone.
        await using var sim = await SimulatorTestKit.StartOpenAsync();
        sim.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 22, 0, 0, 0, TimeSpan.Zero));
        var group = sim.Data.AddGroup();
        var snapshot = group.AddTenantCluster("m2").AddSnapshot();
        using var http = SimulatorTestKit.HttpFor(sim);
        var tenant = new TenantSnapshotsClient(http);

        var error = await Assert.ThrowsAsync<AtlasApiException>(async () => await tenant.GetSharedClusterBackupAsync(group.Id, "m2", snapshot.Id!));

        Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
        Assert.Equal("VERSION_GONE", error.ErrorCode);
        Assert.Contains("getSharedClusterBackup", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-22", error.Message, StringComparison.Ordinal);
        Assert.Contains("use getFlexBackup instead: GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId} with version 2024-11-13", error.Message, StringComparison.Ordinal);
        // Atlas's detail ends with a full stop; the message must not add a second one before the advice.
        Assert.DoesNotContain(".. ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionGoneFromAnUncataloguedEndpointSaysToMoveOn()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Json(410, SpecExamples.Error("gone")));
        var flex = new FlexSnapshotsClient(server.CreateClient());

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => flex.GetFlexBackupAsync(GroupId, "flex", SnapshotId));

        Assert.Contains("Version 2024-11-13 of this resource is past its sunset date", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("getFlexBackup instead", error.Message, StringComparison.Ordinal);
    }
#pragma warning restore CS0618
}
