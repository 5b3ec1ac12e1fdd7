using Atlas.Client;
using Atlas.Client.Testing;
using TenantMigration.Atlas;
using TenantMigration.Reports;
using TenantMigration.Testing;

// The shop's backup report. By default it runs against an embedded Atlas simulator playing today's Atlas: the tenant
// endpoints are past their sunset, and the shop's M2 cluster "shop-backups" has become a Flex cluster of the same name.
// "--self-check" runs the report on the test fake instead.
const string GroupId = "5e2211c17a3e5a48f5497de3";
const string Cluster = "shop-backups";

if (args.Contains("--self-check"))
{
    foreach (var line in await new BackupReport(new FakeSnapshotApi()).BuildAsync(GroupId, Cluster))
    {
        Console.WriteLine(line);
    }

    return 0;
}

await using var atlas = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { RequireAuthentication = false });
var flex = atlas.Data.AddGroup(GroupId).AddFlexCluster(Cluster);
var day = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
for (var i = 0; i < 2; i++)
{
    flex.AddSnapshot(new FlexBackupSnapshot
    {
        Id = "6745b2c0d1e2f3a4b5c6d70" + i,
        Status = SnapshotStatus.Completed,
        MongoDBVersion = "8.0.4",
        ScheduledTime = day.AddDays(i),
        FinishTime = day.AddDays(i).AddMinutes(4),
    });
}

Console.WriteLine($"embedded Atlas simulator at {atlas.BaseAddress}");
using var http = new HttpClient { BaseAddress = atlas.BaseAddress };
try
{
    foreach (var line in await new BackupReport(new SnapshotApiClient(http)).BuildAsync(GroupId, Cluster))
    {
        Console.WriteLine(line);
    }

    return 0;
}
catch (AtlasApiException e)
{
    Console.WriteLine($"Atlas answered {(int)e.StatusCode} {e.ErrorCode}: {e.Message}");
    return 1;
}
