using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>Metadata for writing the assembled example bodies (set-up only, never on a measured path).</summary>
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class SpecJsonContext : JsonSerializerContext
{
}
