using System.Text.Json;
using System.Text.Json.Nodes;

namespace Atlas.Client.Tests.Infrastructure;

/// <summary>
/// Bodies taken from the Atlas OpenAPI subsets in src/AtlasApiSpec (a verbatim copy of ../shared/atlas-api): the error examples of common-components.json and,
/// for 200 answers, an object built from the response schema (each property's own example where the spec gives one).
/// </summary>
internal static class SpecExamples
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The repository's <c>src/AtlasApiSpec</c> folder.</summary>
    public static string SpecDirectory => Folder.Value;

    /// <summary>The example body of a shared error response (badRequest, unauthorized, forbidden, notFound, gone, internalServerError, …).</summary>
    public static string Error(string response)
    {
        var components = Load("common-components.json");
        return components["responses"]![response]!["content"]!["application/json"]!["example"]!.ToJsonString();
    }

    /// <summary>A 200 body for a schema of an endpoint's subset, e.g. (getFlexBackup file, FlexBackupSnapshot20241113).</summary>
    public static JsonObject SuccessBody(string file, string schema)
    {
        var document = Load(file);
        var properties = document["components"]!["schemas"]![schema]!["properties"]!.AsObject();
        var body = new JsonObject();
        foreach (var (name, definition) in properties)
        {
            body[name] = ValueFor(document, definition!);
        }

        return body;
    }

    private static JsonNode? ValueFor(JsonNode document, JsonNode definition)
    {
        if (definition["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (definition["$ref"] is { } reference)
        {
            var name = reference.GetValue<string>().Split('/').Last();
            var target = document["components"]!["schemas"]![name]!;
            var value = new JsonObject();
            foreach (var (property, inner) in target["properties"]!.AsObject())
            {
                value[property] = ValueFor(document, inner!);
            }

            return value;
        }

        return definition["type"]?.GetValue<string>() switch
        {
            "array" => new JsonArray(ValueFor(document, definition["items"]!)),
            "string" when definition["format"]?.GetValue<string>() == "date-time" => "2024-11-13T10:15:30Z",
            "string" when definition["enum"] is JsonArray values => values.Last()!.DeepClone(),
            "string" => "8.0.4",
            "integer" => 1,
            "boolean" => true,
            _ => null,
        };
    }

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder.Value, file)))!;

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                var folder = Path.Combine(directory.FullName, "src", "AtlasApiSpec");
                return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"The Atlas API facts are missing: {folder}");
            }
        }

        throw new DirectoryNotFoundException("Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
