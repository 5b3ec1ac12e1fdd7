// Starts the simulator from the Atlas.Client.Testing package, seeds a Flex cluster and walks its snapshots through the
// ready-made FlexBackupsClient of the Atlas.Client package (which comes in as the simulator package's dependency).
using Atlas.Client;
using Atlas.Client.Testing;

await using var atlas = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions().AddServiceAccount("mdb_sa_id_consumer", "consumer-secret-7f3a"));
var group = atlas.Data.AddGroup();
var cluster = group.AddFlexCluster("flex-consumer");
for (var i = 0; i < 5; i++)
{
    cluster.AddSnapshot();
}

using var http = AtlasHttp.Create(AtlasCredentials.ServiceAccount("mdb_sa_id_consumer", "consumer-secret-7f3a"), atlas.BaseAddress);
var count = 0;
await foreach (var snapshot in new FlexBackupsClient(http).EnumerateFlexBackupsAsync(group.Id, cluster.Name, itemsPerPage: 2))
{
    count++;
}

Console.WriteLine($"walked {count} snapshots in {atlas.Requests.Count(r => r.Path.EndsWith("/backup/snapshots", StringComparison.Ordinal))} pages");
