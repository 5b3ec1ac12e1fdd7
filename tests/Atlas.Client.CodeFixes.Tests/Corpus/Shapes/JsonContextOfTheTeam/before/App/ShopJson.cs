using System.Text.Json.Serialization;
using Atlas.Client;

namespace Shop;

// The team caches snapshots as JSON with its own context.
[JsonSerializable(typeof(BackupTenantSnapshot))]
[JsonSerializable(typeof(List<string>))]
public partial class ShopJson : JsonSerializerContext;
