using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Atlas.Client;
using Atlas.Client.Testing;
using AtlasBackupTour.Clients;

namespace AtlasBackupTour;

/// <summary>The session the sample shows: list Flex snapshots, fetch one, then show what the sunset tenant call does.</summary>
internal static class Tour
{
    /// <summary>The service account the tour registers with the embedded simulator (its secret is random per run).</summary>
    public const string DemoClientId = "mdb_sa_id_atlas_backup_tour";

    /// <summary>A day while the tenant endpoints were deprecated but not yet sunset (2026-01-22).</summary>
    private static readonly DateTimeOffset BeforeSunset = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the tour; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(TourOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (options.UsesSimulator)
            {
                await RunOnSimulatorAsync(output, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await RunOnAtlasAsync(options, output, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
        catch (AtlasApiException e) when (e is AtlasAuthenticationException || e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            await error.WriteLineAsync($"error: Atlas refused the credentials ({(int)e.StatusCode} {e.ErrorCode}): {e.Message}").ConfigureAwait(false);
            return ExitCodes.Authentication;
        }
        catch (AtlasApiException e)
        {
            await error.WriteLineAsync($"error: Atlas answered {(int)e.StatusCode} {e.ErrorCode}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.AtlasError;
        }
        catch (HttpRequestException e)
        {
            await error.WriteLineAsync($"error: Atlas could not be reached: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Unreachable;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: Atlas did not answer in time.").ConfigureAwait(false);
            return ExitCodes.Unreachable;
        }
    }

    private static async Task RunOnSimulatorAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await using var simulator = await AtlasSimulator.StartAsync(
            new AtlasSimulatorOptions { SeedDemoData = true }.AddServiceAccount(DemoClientId, secret), cancellationToken).ConfigureAwait(false);

        await output.WriteLineAsync($"Atlas.Client tour: embedded Atlas simulator at {simulator.BaseAddress} (no credentials, no network).").ConfigureAwait(false);
        await output.WriteLineAsync($"Signed in as service account {DemoClientId} (OAuth 2.0 client credentials).").ConfigureAwait(false);

        using var http = CreateHttpClient(AtlasCredentials.ServiceAccount(DemoClientId, secret), simulator.BaseAddress);
        await ShowFlexSnapshotsAsync(http, AtlasSimulator.DemoGroupId, AtlasSimulator.DemoFlexClusterName, snapshotId: null, output, cancellationToken).ConfigureAwait(false);

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("3. The legacy M2/M5 call: getSharedClusterBackup (2023-01-01), sunset by Atlas on 2026-01-22").ConfigureAwait(false);
        await output.WriteLineAsync("   Its build warnings (ATLAS0001, ATLAS0002, ATLAS0004) are suppressed in this sample with a justification.").ConfigureAwait(false);

        // Back in January 2026 the endpoint still answered, with Atlas's Deprecation and Sunset headers.
        simulator.Clock.SetUtcNow(BeforeSunset);
        await output.WriteLineAsync($"   a) On {BeforeSunset:yyyy-MM-dd} (the simulator's clock), before the sunset:").ConfigureAwait(false);
        await CallLegacyAsync(http, AtlasSimulator.DemoGroupId, AtlasSimulator.DemoTenantClusterName, "6511f2a4b3c94e1d2f3a0001", output, cancellationToken).ConfigureAwait(false);

        simulator.Clock.UseSystemClock();
        await output.WriteLineAsync($"   b) Today, {DateTimeOffset.UtcNow:yyyy-MM-dd}, after the sunset:").ConfigureAwait(false);
        await CallLegacyAsync(http, AtlasSimulator.DemoGroupId, AtlasSimulator.DemoTenantClusterName, "6511f2a4b3c94e1d2f3a0001", output, cancellationToken).ConfigureAwait(false);

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Done. In your IDE, the ATLAS0001 fix \"Migrate to Flex\" rewrites such a client to getFlexBackup.").ConfigureAwait(false);
    }

    private static async Task RunOnAtlasAsync(TourOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var credentials = options.ClientId is not null
            ? AtlasCredentials.ServiceAccount(options.ClientId, options.ClientSecret!)
            : AtlasCredentials.ApiKey(options.PublicKey!, options.PrivateKey!);
        await output.WriteLineAsync($"Atlas.Client tour: {options.BaseUrl} as {(options.ClientId is not null ? "service account " + options.ClientId : "API key " + options.PublicKey)}.").ConfigureAwait(false);

        using var http = CreateHttpClient(credentials, options.BaseUrl!);
        await ShowFlexSnapshotsAsync(http, options.GroupId!, options.FlexCluster!, options.SnapshotId, output, cancellationToken).ConfigureAwait(false);

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("3. The legacy M2/M5 call: getSharedClusterBackup (2023-01-01), sunset by Atlas on 2026-01-22").ConfigureAwait(false);
        if (options.TenantCluster is null || options.TenantSnapshotId is null)
        {
            await output.WriteLineAsync("   skipped: pass --tenant-cluster and --tenant-snapshot-id to see what Atlas answers.").ConfigureAwait(false);
            return;
        }

        await CallLegacyAsync(http, options.GroupId!, options.TenantCluster, options.TenantSnapshotId, output, cancellationToken).ConfigureAwait(false);
    }

    private static HttpClient CreateHttpClient(AtlasCredentials credentials, Uri baseAddress)
    {
        var http = AtlasHttp.Create(credentials, baseAddress);
        http.Timeout = TimeSpan.FromSeconds(30);
        return http;
    }

    private static async Task ShowFlexSnapshotsAsync(
        HttpClient http, string groupId, string cluster, string? snapshotId, TextWriter output, CancellationToken cancellationToken)
    {
        var flex = new FlexSnapshotsClient(http);

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"1. Snapshots of Flex cluster '{cluster}' in project {groupId}: listFlexBackups (2024-11-13)").ConfigureAwait(false);
        var page = await flex.ListFlexBackupsAsync(groupId, cluster, pageNum: 1, itemsPerPage: 100, includeCount: true, cancellationToken).ConfigureAwait(false);
        var rows = page.Results.Select(s => (IReadOnlyList<string>)
        [
            s.Id ?? "-", s.Status?.Value ?? "-", s.MongoDBVersion ?? "-", Format(s.ScheduledTime), Format(s.FinishTime), Format(s.Expiration),
        ]).ToList();
        await output.WriteAsync(ConsoleTable.Render(["ID", "Status", "MongoDB", "Scheduled (UTC)", "Finished (UTC)", "Expires (UTC)"], rows)).ConfigureAwait(false);
        await output.WriteLineAsync($"  {page.Results.Count} snapshot(s) on this page; totalCount {page.TotalCount?.ToString(CultureInfo.InvariantCulture) ?? "not sent"}.").ConfigureAwait(false);

        snapshotId ??= page.Results.FirstOrDefault()?.Id;
        await output.WriteLineAsync().ConfigureAwait(false);
        if (snapshotId is null)
        {
            await output.WriteLineAsync("2. One snapshot by id: skipped, the cluster has no snapshot yet.").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync($"2. One snapshot by id: getFlexBackup (2024-11-13) {snapshotId}").ConfigureAwait(false);
        var snapshot = await flex.GetFlexBackupAsync(groupId, cluster, snapshotId, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"   status {snapshot.Status}, MongoDB {snapshot.MongoDBVersion}, started {Format(snapshot.StartTime)}, finished {Format(snapshot.FinishTime)}, download link expires {Format(snapshot.Expiration)}").ConfigureAwait(false);
        foreach (var link in snapshot.Links ?? [])
        {
            await output.WriteLineAsync($"   link {link.Rel}: {link.Href}").ConfigureAwait(false);
        }
    }

    [SuppressMessage("AtlasSunset", "ATLAS0002", Justification = "The tour demonstrates what a sunset tenant endpoint does at run time.")]
    private static async Task CallLegacyAsync(
        HttpClient http, string groupId, string cluster, string snapshotId, TextWriter output, CancellationToken cancellationToken)
    {
        var notices = new List<AtlasDeprecationNotice>();
        var legacy = new LegacyTenantSnapshotsClient(http, new AtlasClientOptions { OnDeprecation = notices.Add });
        try
        {
            var snapshot = await legacy.GetSharedClusterBackupAsync(groupId, cluster, snapshotId, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"      200: snapshot {snapshot.Id} {snapshot.Status}").ConfigureAwait(false);
        }
        catch (AtlasApiException e) when (e.StatusCode == HttpStatusCode.Gone)
        {
            await output.WriteLineAsync($"      {(int)e.StatusCode} {e.ErrorCode}: {e.Message}").ConfigureAwait(false);
        }

        foreach (var notice in notices)
        {
            await output.WriteLineAsync($"      Deprecation: {notice.DeprecationHeader ?? "-"}   Sunset: {notice.SunsetHeader ?? "-"}").ConfigureAwait(false);
            if (notice.Advice is not null)
            {
                await output.WriteLineAsync($"      {notice.Advice}").ConfigureAwait(false);
            }
        }
    }

    private static string Format(DateTimeOffset? value)
        => value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}
