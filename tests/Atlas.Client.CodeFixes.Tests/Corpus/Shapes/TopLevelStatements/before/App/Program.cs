using Atlas.Client;
using Shop.Backups;

using var http = new HttpClient { BaseAddress = new Uri("https://cloud.mongodb.com") };
var client = new SnapshotsClient(http);
var groupId = args.Length > 0 ? args[0] : "5e2211c17a3e5a48f5497de3";

BackupTenantSnapshot snapshot = await client.GetSharedClusterBackupAsync(groupId, "cluster0", "6733a1f0c2b54d0a8e1f0001");
Console.WriteLine(Describe(snapshot));

static string Describe(BackupTenantSnapshot snapshot) => $"{snapshot.Id}: {snapshot.Status}";
