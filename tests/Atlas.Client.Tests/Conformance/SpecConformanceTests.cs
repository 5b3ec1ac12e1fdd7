using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Atlas.Client.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Tests.Conformance;

/// <summary>
/// Issue 14: every request the generated clients send and every answer the simulator gives, for all twelve tenant and
/// Flex backup operations, success and error paths, checked against the OpenAPI subsets in <c>src/AtlasApiSpec</c>
/// (read with Microsoft.OpenApi, bodies validated with JsonSchema.Net). A finding passes only when a named entry of
/// <see cref="SpecDeviations"/> covers it.
/// </summary>
public sealed class SpecConformanceTests(ITestOutputHelper output)
{
    private const string PublicKey = "spec-pub";
    private const string PrivateKey = "spec-PRIVATE-3b9d";
    private const string Flex = "flex-1";
    private const string Tenant = "m2-1";
    private const string MissingId = "5f4e3d2c1b0a998877665544";

    private static readonly string[] TwelveOperations =
    [
        "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}",
        "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots",
        "POST /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download",
        "POST /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs",
        "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs",
        "GET /api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}",
        "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}",
        "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots",
        "POST /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/download",
        "POST /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore",
        "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores",
        "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}",
    ];

    [Fact]
    public void TheSubsetsLoadWithoutErrorsAndTheBackupSubsetsHoldAllTwelveOperations()
    {
        var documents = SpecDocument.All;

        Assert.Equal(6, documents.Count);
        foreach (var name in new[] { "tenant-and-flex-backup-endpoints.openapi-subset.2025-06-30.json", "tenant-and-flex-backup-endpoints.openapi-v2-multiversion-subset.2026-03-03.json" })
        {
            var document = Assert.Single(documents, d => d.Name == name);
            Assert.Equal(TwelveOperations.Order(), document.Operations.Select(o => o.Method + " " + o.Template).Order());
        }
    }

    [Fact]
    public async Task EveryExchangeOfTheTwelveOperationsFollowsTheSpecOrANamedDeviation()
    {
        var exchanges = await RunAllScenariosAsync();

        // A request made wrong on purpose is checked by the next test; its answer is checked here like any other.
        var findings = exchanges.SelectMany(SpecConformance.Check)
            .Where(f => f.Exchange.RequestBreaks is null || !f.Part.StartsWith("request", StringComparison.Ordinal))
            .ToList();
        var uncovered = findings.Where(f => f.CoveredBy is null).ToList();

        output.WriteLine($"{exchanges.Count} exchanges recorded ({exchanges.Count(e => e.RequestBreaks is not null)} requests wrong on purpose); "
                         + $"{findings.Count} findings, {uncovered.Count} not allowed");
        foreach (var deviation in SpecDeviations.All)
        {
            output.WriteLine($"allowed by '{deviation.Name}': {findings.Count(f => f.CoveredBy == deviation)}");
        }

        Assert.True(uncovered.Count == 0, "Findings no deviation allows:\n" + string.Join("\n", uncovered.Take(40)));

        // Coverage: each of the twelve operations was seen answering success and errors, on both sides of the sunset.
        foreach (var operation in TwelveOperations)
        {
            var statuses = exchanges.Where(e => Matches(e, operation)).Select(e => e.Status).ToHashSet();
            foreach (var status in new[] { 200, 401, 404, 406, 429 })
            {
                Assert.True(statuses.Contains(status), $"{operation} never answered {status} (saw {string.Join(", ", statuses.Order())})");
            }

            if (operation.Contains("/tenant/", StringComparison.Ordinal))
            {
                Assert.Contains(410, statuses);
            }
        }

        Assert.Contains(exchanges, e => e.Status == 400);
        foreach (var deviation in SpecDeviations.All)
        {
            Assert.True(findings.Any(f => f.CoveredBy == deviation), $"deviation '{deviation.Name}' allowed nothing: remove it or the scenario that needed it is gone");
            Assert.False(string.IsNullOrWhiteSpace(deviation.Evidence), deviation.Name);
        }
    }

    [Fact]
    public async Task RequestsMadeWrongOnPurposeAreCaughtByTheRequestCheck()
    {
        var exchanges = await RunAllScenariosAsync();
        var wrong = exchanges.Where(e => e.RequestBreaks is not null).ToList();

        Assert.NotEmpty(wrong);
        foreach (var exchange in wrong)
        {
            var requestFindings = SpecConformance.Check(exchange).Where(f => f.Part.StartsWith("request", StringComparison.Ordinal) && f.CoveredBy is null).ToList();
            Assert.True(
                requestFindings.Any(f => (f.Part + " " + f.Problem).Contains(exchange.RequestBreaks!, StringComparison.Ordinal)),
                $"{exchange}: expected a request finding about '{exchange.RequestBreaks}', got:\n{string.Join("\n", requestFindings)}");
        }
    }

    public static TheoryData<string, int, string, string, string, string> BrokenAnswers => new()
    {
        // What the simulator answered before issue 14: a tenant download job without targetDeploymentItemName.
        { "tenant/download", 200, "application/vnd.atlas.2023-01-01+json", "{\"id\":\"5f4e3d2c1b0a998877665544\",\"snapshotId\":\"5f4e3d2c1b0a998877665544\"}", "", "targetDeploymentItemName" },
        { "snapshot", 200, "application/vnd.atlas.2024-11-13+json", "{\"finishTime\":\"yesterday\"}", "", "format" },
        { "snapshot", 200, "application/vnd.atlas.2024-11-13+json", "{\"status\":\"DONE\"}", "", "enum" },
        { "snapshot", 200, "application/json", "{}", "", "Content-Type" },
        { "snapshot", 404, "application/json", "{\"detail\":\"gone\"}", "", "errorCode" },
        { "snapshot", 418, "application/json", "{\"error\":418,\"errorCode\":\"TEAPOT\"}", "", "418 is not among" },
        { "snapshot", 200, "application/vnd.atlas.2024-11-13+json", "{}", "RateLimit-Remaining: many", "RateLimit-Remaining" },
        { "snapshot?envelope=true", 200, "application/vnd.atlas.2024-11-13+json", "{\"status\":201,\"content\":{}}", "", "exactly {\"status\"" },
        { "snapshots", 200, "application/vnd.atlas.2024-11-13+json", "{\"results\":[{\"id\":\"not-hex\"}],\"totalCount\":-1}", "", "pattern" },
    };

    [Theory]
    [MemberData(nameof(BrokenAnswers))]
    public void AnswersThatBreakTheSpecAreCaughtAndNoDeviationAllowsThem(string what, int status, string contentType, string body, string header, string expected)
    {
        const string G = "/api/atlas/v2/groups/5f4e3d2c1b0a998877665544";
        var (method, path) = what switch
        {
            "tenant/download" => ("POST", G + "/clusters/m2-1/backup/tenant/download"),
            "snapshots" => ("GET", G + "/flexClusters/flex-1/backup/snapshots"),
            "snapshot?envelope=true" => ("GET", G + "/flexClusters/flex-1/backup/snapshots/5f4e3d2c1b0a998877665544?envelope=true"),
            _ => ("GET", G + "/flexClusters/flex-1/backup/snapshots/5f4e3d2c1b0a998877665544"),
        };
        var version = path.Contains("/tenant/") ? "2023-01-01" : "2024-11-13";
        var requestBody = method == "POST" ? Encoding.UTF8.GetBytes("{\"snapshotId\":\"5f4e3d2c1b0a998877665544\",\"targetDeploymentItemName\":\"m2-1\"}") : null;
        var requestHeaders = new Dictionary<string, string> { ["Accept"] = $"application/vnd.atlas.{version}+json" };
        if (requestBody is not null)
        {
            requestHeaders["Content-Type"] = $"application/vnd.atlas.{version}+json";
        }

        var responseHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType };
        if (header.Length > 0)
        {
            responseHeaders[header[..header.IndexOf(':')]] = header[(header.IndexOf(':') + 1)..].Trim();
        }

        var exchange = new RecordedExchange("made up", method, new Uri("http://127.0.0.1" + path), requestHeaders, requestBody, status, responseHeaders, Encoding.UTF8.GetBytes(body));

        var findings = SpecConformance.Check(exchange);

        Assert.DoesNotContain(findings, f => f.Part.StartsWith("request", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.CoveredBy is null && (f.Part + " " + f.Problem).Contains(expected, StringComparison.Ordinal));
    }

    private static bool Matches(RecordedExchange exchange, string operation)
        => SpecConformance.OperationsOf(exchange).Any(o => o.Method + " " + o.Template == operation);

    /// <summary>
    /// Drives the ready-made clients (generated by the package's own generator) and a test-project generated client
    /// through every answer the simulator has for the twelve operations, recording each exchange below the Digest handler.
    /// </summary>
    private static async Task<IReadOnlyList<RecordedExchange>> RunAllScenariosAsync()
    {
        await using var atlas = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions().AddApiKey(PublicKey, PrivateKey));
        atlas.Clock.SetUtcNow(Simulator.SimulatorTestKit.BeforeSunset);
        var group = atlas.Data.AddGroup();
        var flexCluster = group.AddFlexCluster(Flex);
        var tenantCluster = group.AddTenantCluster(Tenant);
        var flexSnapshots = Enumerable.Range(0, 3).Select(_ => flexCluster.AddSnapshot().Id!).ToList();
        var tenantSnapshots = Enumerable.Range(0, 2).Select(_ => tenantCluster.AddSnapshot().Id!).ToList();
        tenantCluster.AddRestoreJob(new TenantRestore { SnapshotId = tenantSnapshots[0], DeliveryType = RestoreDeliveryType.Restore, Status = RestoreJobStatus.Completed });

        var recorder = new ExchangeRecorder(new SocketsHttpHandler());
        using var http = AtlasHttp.Create(AtlasCredentials.ApiKey(PublicKey, PrivateKey), atlas.BaseAddress, recorder);
        var flex = new FlexBackupsClient(http);
        var tenant = new TenantBackupsClient(http);
        var g = group.Id;

        // Successes, with every query flag the clients offer.
        recorder.Scenario = "success";
        await flex.GetFlexBackupAsync(g, Flex, flexSnapshots[0]);
        await flex.GetFlexBackupAsync(g, Flex, flexSnapshots[0], envelope: true);
        await new Generated.FlexSnapshotsClient(http).GetFlexBackupAsync(g, Flex, flexSnapshots[1]);
        await flex.ListFlexBackupsAsync(g, Flex);
        await flex.ListFlexBackupsAsync(g, Flex, envelope: true, includeCount: false, itemsPerPage: 1, pageNum: 2, pretty: true);
        await foreach (var _ in flex.EnumerateFlexBackupsAsync(g, Flex, itemsPerPage: 2))
        {
        }

        var download = await flex.DownloadFlexBackupAsync(g, Flex, new FlexBackupSnapshotDownloadCreate(flexSnapshots[0]), pretty: true);
        var restore = await flex.CreateFlexBackupRestoreJobAsync(g, Flex, new FlexBackupRestoreJobCreate(flexSnapshots[1], "flex-target") { TargetProjectId = g }, envelope: true);
        await flex.ListFlexBackupRestoreJobsAsync(g, Flex, envelope: true, includeCount: true, itemsPerPage: 1, pageNum: 1, pretty: false);
        await foreach (var _ in flex.EnumerateFlexBackupRestoreJobsAsync(g, Flex, itemsPerPage: 1))
        {
        }

        await flex.GetFlexBackupRestoreJobAsync(g, Flex, restore.Id!, envelope: true, pretty: true);
        await flex.GetFlexBackupRestoreJobAsync(g, Flex, download.Id!);

        await tenant.GetSharedClusterBackupAsync(g, Tenant, tenantSnapshots[0], envelope: true, pretty: true);
        await new Generated.TenantSnapshotsClient(http).GetSharedClusterBackupAsync(g, Tenant, tenantSnapshots[1]);
        await tenant.ListSharedClusterBackupsAsync(g, Tenant, envelope: true);
        var tenantDownload = await tenant.DownloadSharedClusterBackupAsync(g, Tenant, new TenantRestore { SnapshotId = tenantSnapshots[0], TargetDeploymentItemName = Tenant });
        var tenantRestore = await tenant.CreateSharedClusterBackupRestoreJobAsync(g, Tenant,
            new TenantRestore { SnapshotId = tenantSnapshots[1], TargetDeploymentItemName = "m5-target", TargetProjectId = g }, pretty: true);
        await tenant.ListSharedClusterBackupRestoreJobsAsync(g, Tenant);
        await tenant.GetSharedClusterBackupRestoreJobAsync(g, Tenant, tenantRestore.Id!, envelope: true);
        await tenant.GetSharedClusterBackupRestoreJobAsync(g, Tenant, tenantDownload.Id!);
        atlas.Clock.Advance(TimeSpan.FromMinutes(10)); // the restores are RUNNING, then COMPLETED with restoreFinishedDate
        await tenant.GetSharedClusterBackupRestoreJobAsync(g, Tenant, tenantRestore.Id!);
        await flex.ListFlexBackupRestoreJobsAsync(g, Flex);

        // Not found: an unknown group for every operation, unknown items where there are items.
        recorder.Scenario = "not found";
        await EachOperationAsync(MissingId, MissingId, MissingId);
        await EachOperationAsync(g, MissingId, MissingId);

        // 401: a key pair Atlas does not know, refused after the Digest challenge (two 401s per call).
        recorder.Scenario = "wrong key";
        using (var wrongKey = AtlasHttp.Create(AtlasCredentials.ApiKey(PublicKey, "not-the-key"), atlas.BaseAddress, new ExchangeTap(recorder)))
        {
            await EachOperationAsync(g, flexSnapshots[0], tenantSnapshots[0], wrongKey);
        }

        // 406: the version of another resource in Accept (raw requests: the generated clients cannot send a wrong version).
        recorder.Scenario = "wrong version";
        foreach (var operation in TwelveOperations)
        {
            var (method, path) = Concrete(operation, g, flexSnapshots[0], tenantSnapshots[0]);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.atlas.2099-01-01+json"));
            if (method == "POST")
            {
                request.Content = Json($$"""{"snapshotId":"{{(path.Contains("/tenant/") ? tenantSnapshots[0] : flexSnapshots[0])}}","targetDeploymentItemName":"t1"}""", "2099-01-01");
            }

            recorder.RequestBreaks = "Accept";
            using var answer = await http.SendAsync(request);
            recorder.RequestBreaks = null;
        }

        // 400: requests made wrong on purpose, each through the client a caller would use.
        recorder.Scenario = "bad request";
        recorder.RequestBreaks = "targetDeploymentItemName";
        await Try(() => tenant.DownloadSharedClusterBackupAsync(g, Tenant, new TenantRestore { SnapshotId = tenantSnapshots[0] })); // the old documentation's call
        recorder.RequestBreaks = "itemsPerPage";
        await Try(() => flex.ListFlexBackupsAsync(g, Flex, itemsPerPage: 501));
        recorder.RequestBreaks = "snapshotId";
        await Try(() => tenant.CreateSharedClusterBackupRestoreJobAsync(g, Tenant, new TenantRestore { SnapshotId = "not-an-id", TargetDeploymentItemName = "t" }));
        recorder.RequestBreaks = "read-only";
        await Try(() => tenant.CreateSharedClusterBackupRestoreJobAsync(g, Tenant,
            new TenantRestore { SnapshotId = tenantSnapshots[0], TargetDeploymentItemName = "t", Status = RestoreJobStatus.Completed }));
        recorder.RequestBreaks = null;

        // 429: a rate limit of one request an hour; every operation is then refused.
        recorder.Scenario = "rate limited";
        atlas.Options.RateLimit = new SimulatorRateLimit(1, TimeSpan.FromHours(1));
        await EachOperationAsync(g, flexSnapshots[0], tenantSnapshots[0]);
        await EachOperationAsync(g, flexSnapshots[0], tenantSnapshots[0]);
        atlas.Options.RateLimit = null;

        // 410: the tenant operations past their sunset.
        recorder.Scenario = "after the sunset";
        atlas.Clock.SetUtcNow(atlas.Options.TenantSunset);
        await EachOperationAsync(g, flexSnapshots[0], tenantSnapshots[0]);

        return recorder.Exchanges;

        async Task EachOperationAsync(string groupId, string snapshotId, string tenantSnapshotId, HttpClient? other = null)
        {
            var f = other is null ? flex : new FlexBackupsClient(other);
            var t = other is null ? tenant : new TenantBackupsClient(other);
            await Try(() => f.GetFlexBackupAsync(groupId, Flex, snapshotId));
            await Try(() => f.ListFlexBackupsAsync(groupId, Flex));
            await Try(() => f.DownloadFlexBackupAsync(groupId, Flex, new FlexBackupSnapshotDownloadCreate(snapshotId)));
            await Try(() => f.CreateFlexBackupRestoreJobAsync(groupId, Flex, new FlexBackupRestoreJobCreate(snapshotId, "flex-target")));
            await Try(() => f.ListFlexBackupRestoreJobsAsync(groupId, Flex));
            await Try(() => f.GetFlexBackupRestoreJobAsync(groupId, Flex, snapshotId));
            await Try(() => t.GetSharedClusterBackupAsync(groupId, Tenant, tenantSnapshotId));
            await Try(() => t.ListSharedClusterBackupsAsync(groupId, Tenant));
            await Try(() => t.DownloadSharedClusterBackupAsync(groupId, Tenant, new TenantRestore { SnapshotId = tenantSnapshotId, TargetDeploymentItemName = Tenant }));
            await Try(() => t.CreateSharedClusterBackupRestoreJobAsync(groupId, Tenant, new TenantRestore { SnapshotId = tenantSnapshotId, TargetDeploymentItemName = "t" }));
            await Try(() => t.ListSharedClusterBackupRestoreJobsAsync(groupId, Tenant));
            await Try(() => t.GetSharedClusterBackupRestoreJobAsync(groupId, Tenant, tenantSnapshotId));
        }
    }

    /// <summary>Runs a call whose failure (an error answer) is the point; the recorder keeps the exchange.</summary>
    private static async Task Try(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (AtlasApiException)
        {
        }
    }

    private static (string Method, string Path) Concrete(string operation, string groupId, string snapshotId, string tenantSnapshotId)
    {
        var space = operation.IndexOf(' ');
        var path = operation[(space + 1)..]
            .Replace("{groupId}", groupId).Replace("{name}", Flex).Replace("{clusterName}", Tenant)
            .Replace("{snapshotId}", operation.Contains("/tenant/") ? tenantSnapshotId : snapshotId)
            .Replace("{restoreJobId}", snapshotId).Replace("{restoreId}", tenantSnapshotId);
        return (operation[..space], path);
    }

    private static StringContent Json(string json, string version)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue($"application/vnd.atlas.{version}+json");
        return content;
    }

    /// <summary>Lets a second client record into the same recorder (a handler cannot be shared between pipelines).</summary>
    private sealed class ExchangeTap(ExchangeRecorder recorder) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => await recorder.RecordAsync(request, r => base.SendAsync(r, cancellationToken), cancellationToken);
    }
}
