using System.Text.Json;
using System.Text.Json.Nodes;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// The 200 body an operation answers with, built from the verbatim OpenAPI subset in src/AtlasApiSpec (a copy of ../shared/atlas-api).
/// The spec gives no whole-body example for these two operations, only per-field ones, so the body is assembled from
/// the response schema: every property the schema lists, each with the spec's own <c>example</c>, the first value of
/// its <c>enum</c>, or, for the few fields without either, a value of the documented format (<see cref="FillIns"/>).
/// A schema field that none of these covers is an error, never silently left out.
/// </summary>
internal static class SpecExampleBody
{
    /// <summary>The seed endpoint, getSharedClusterBackup (BackupTenantSnapshot).</summary>
    public static readonly Endpoint Seed = new(
        "getSharedClusterBackup.openapi-subset.2025-06-30.json",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}",
        "application/vnd.atlas.2023-01-01+json");

    /// <summary>The Flex replacement, getFlexBackup (FlexBackupSnapshot20241113).</summary>
    public static readonly Endpoint Flex = new(
        "getFlexBackup.openapi-subset.2025-06-30.json",
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}",
        "application/vnd.atlas.2024-11-13+json");

    /// <summary>Values for schema fields that carry neither an example nor an enum, chosen by documented format or name.</summary>
    private static readonly IReadOnlyDictionary<string, string> FillIns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // "ISO 8601 timestamp format in UTC" is how every date-time field of these schemas is documented.
        ["format:date-time"] = "2026-01-15T10:30:00Z",
        // "MongoDB host version that the snapshot runs."
        ["name:mongoDBVersion"] = "8.0.4",
    };

    public sealed record Endpoint(string SpecFile, string Path, string MediaType);

    /// <summary>The UTF-8 JSON body, compact, as the handler sends it.</summary>
    public static byte[] Utf8(Endpoint endpoint)
    {
        var document = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.AtlasApiFacts, endpoint.SpecFile)))!;
        var content = document["paths"]?[endpoint.Path]?["get"]?["responses"]?["200"]?["content"]?[endpoint.MediaType]
            ?? throw new InvalidDataException($"{endpoint.SpecFile} has no 200 {endpoint.MediaType} answer for GET {endpoint.Path}.");
        var body = ExampleOf(document, content["schema"]!, propertyName: null);
        return JsonSerializer.SerializeToUtf8Bytes(body, SpecJsonContext.Default.JsonNode);
    }

    private static JsonNode ExampleOf(JsonNode document, JsonNode schema, string? propertyName)
    {
        schema = Resolve(document, schema);
        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (schema["enum"] is JsonArray { Count: > 0 } values)
        {
            return values[0]!.DeepClone();
        }

        switch ((string?)schema["type"])
        {
            case "object":
                var result = new JsonObject();
                foreach (var (name, property) in schema["properties"]!.AsObject())
                {
                    result[name] = ExampleOf(document, property!, name);
                }

                return result;
            case "array":
                return new JsonArray(ExampleOf(document, schema["items"]!, propertyName));
            case "string":
                if ((string?)schema["format"] is { } format && FillIns.TryGetValue("format:" + format, out var byFormat))
                {
                    return JsonValue.Create(byFormat);
                }

                if (propertyName is not null && FillIns.TryGetValue("name:" + propertyName, out var byName))
                {
                    return JsonValue.Create(byName);
                }

                break;
        }

        throw new InvalidDataException(
            $"The schema of '{propertyName ?? "(body)"}' has no example, enum or fill-in; add one to {nameof(SpecExampleBody)}.{nameof(FillIns)}.");
    }

    private static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        while ((string?)schema["$ref"] is { } reference)
        {
            // Local references only: "#/components/schemas/Name".
            var node = document;
            foreach (var segment in reference.TrimStart('#', '/').Split('/'))
            {
                node = node[segment] ?? throw new InvalidDataException($"Unresolvable $ref '{reference}'.");
            }

            schema = node;
        }

        return schema;
    }
}
