using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Atlas.Client.Tests.Infrastructure;
using Json.Schema;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Atlas.Client.Tests.Conformance;

/// <summary>
/// One OpenAPI subset of <c>src/AtlasApiSpec</c>, read by Microsoft's OpenAPI.NET (references resolved by it), with its
/// schemas turned into JSON Schema 2020-12 (OpenAPI 3.1 serialization of the 3.0 document) for JsonSchema.Net.
/// </summary>
internal sealed class SpecDocument
{
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly JsonObject _definitions;
    private readonly List<SpecOperation> _operations = new();

    private SpecDocument(string name, OpenApiDocument document)
    {
        Name = name;
        Document = document;
        _definitions = new JsonObject();
        foreach (var (schemaName, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            _definitions[schemaName] = JsonNode.Parse(ToJsonSchemaText(schema));
        }

        foreach (var (template, pathItem) in document.Paths)
        {
            foreach (var (method, operation) in pathItem.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                _operations.Add(new SpecOperation(this, method.Method, template, operation));
            }
        }
    }

    /// <summary>The file name, e.g. <c>tenant-and-flex-backup-endpoints.openapi-subset.2025-06-30.json</c>.</summary>
    public string Name { get; }

    public OpenApiDocument Document { get; }

    public IReadOnlyList<SpecOperation> Operations => _operations;

    /// <summary>Every OpenAPI subset of the project's Atlas facts, each read once per test run.</summary>
    public static IReadOnlyList<SpecDocument> All => Loaded.Value;

    private static Lazy<IReadOnlyList<SpecDocument>> Loaded { get; } = new(() => Directory
        .GetFiles(SpecExamples.SpecDirectory, "*.openapi*.json")
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(Load)
        .ToList());

    /// <summary>The operation whose method and path template match, with the path's values by parameter name.</summary>
    public SpecOperation? Find(string method, string path, out Dictionary<string, string> values)
    {
        foreach (var operation in _operations)
        {
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase) && operation.TryMatch(path, out values))
            {
                return operation;
            }
        }

        values = new Dictionary<string, string>();
        return null;
    }

    /// <summary>The JSON Schema of an OpenAPI schema, its <c>$ref</c>s resolved against this document's components.</summary>
    public JsonSchema SchemaFor(IOpenApiSchema schema) => SchemaFromText(ToJsonSchemaText(schema));

    /// <summary>The JSON Schema of a named component schema (<c>ApiError</c>).</summary>
    public JsonSchema ComponentSchema(string name) => SchemaFromText("{\"$ref\":\"#/$defs/" + name + "\"}");

    /// <summary>The name of the component a schema refers to, or <see langword="null"/> for an inline schema.</summary>
    public static string? ReferenceName(IOpenApiSchema? schema) => (schema as OpenApiSchemaReference)?.Reference.Id;

    private JsonSchema SchemaFromText(string schemaText)
        => _schemas.GetOrAdd(schemaText, text =>
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = _definitions.DeepClone(),
                ["allOf"] = new JsonArray(JsonNode.Parse(text)),
            };
            return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        });

    private static SpecDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        var result = OpenApiDocument.LoadAsync(stream, "json").GetAwaiter().GetResult();
        var errors = result.Diagnostic?.Errors ?? new List<OpenApiError>();
        if (result.Document is null || errors.Count > 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(path)} did not load: {string.Join("; ", errors.Select(e => e.Pointer + " " + e.Message))}");
        }

        return new SpecDocument(Path.GetFileName(path), result.Document);
    }

    /// <summary>The schema as OpenAPI 3.1 writes it (a JSON Schema 2020-12 dialect), component references pointed at <c>$defs</c>.</summary>
    private static string ToJsonSchemaText(IOpenApiSchema schema)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        schema.SerializeAsV31(writer);
        text.Flush();
        return text.ToString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
    }
}

/// <summary>One operation of a <see cref="SpecDocument"/>.</summary>
internal sealed class SpecOperation
{
    private readonly string[] _segments;

    public SpecOperation(SpecDocument document, string method, string template, OpenApiOperation operation)
    {
        Document = document;
        Method = method.ToUpperInvariant();
        Template = template;
        Operation = operation;
        _segments = template.Split('/');
    }

    public SpecDocument Document { get; }

    public string Method { get; }

    public string Template { get; }

    public OpenApiOperation Operation { get; }

    /// <summary>The operationId as this spec snapshot spells it.</summary>
    public string Id => Operation.OperationId ?? Method + " " + Template;

    public IEnumerable<IOpenApiParameter> Parameters(ParameterLocation location)
        => (Operation.Parameters ?? new List<IOpenApiParameter>()).Where(p => p.In == location);

    public bool TryMatch(string path, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        var segments = path.Split('/');
        if (segments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var template = _segments[i];
            if (template.StartsWith('{') && template.EndsWith('}'))
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }

                values[template[1..^1]] = Uri.UnescapeDataString(segments[i]);
            }
            else if (!string.Equals(template, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => $"{Id} ({Document.Name})";
}
