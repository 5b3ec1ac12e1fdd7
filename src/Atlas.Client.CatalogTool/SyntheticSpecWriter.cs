using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Atlas.Client.CatalogTool;

/// <summary>
/// Writes a synthetic multi-version OpenAPI document of the whole Admin API from the catalog: every operation still in
/// the API, in the form and at about the size of MongoDB's own <c>openapi/v2.json</c> (parameters, a request body and an
/// answer per resource version with <c>x-sunset</c> on the media type, the shared error answers, code samples, a schema
/// per version with described properties, keys sorted, two-space indented). The analyzers' spec reader is measured
/// (benchmarks' <c>spec-cost</c>) and checked (its operations must be the catalog's) on it: MongoDB's real document is
/// not in this repository.
/// </summary>
internal static partial class SyntheticSpecWriter
{
    private const string DocsBase = "https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/";

    private static readonly string[] ErrorAnswers = { "400:badRequest", "401:unauthorized", "403:forbidden", "404:notFound", "429:tooManyRequests", "500:internalServerError" };

    /// <summary>The document for <paramref name="operations"/> (the caller picks them, usually those with no <c>removedBy</c>).</summary>
    public static string Write(IEnumerable<CatalogOperation> operations)
    {
        var byPath = operations.GroupBy(o => o.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteComponents(json, byPath.SelectMany(g => g));
            json.WriteStartObject("info");
            json.WriteString("description", "A synthetic MongoDB Atlas Administration API document written from operations-catalog.json by src/Atlas.Client.CatalogTool, for measurements and tests.");
            json.WriteString("title", "MongoDB Atlas Administration API");
            json.WriteString("version", "2.0");
            json.WriteEndObject();
            json.WriteString("openapi", "3.0.1");
            json.WriteStartObject("paths");
            foreach (var path in byPath)
            {
                json.WriteStartObject(path.Key);
                foreach (var op in path.OrderBy(o => o.Method.ToLowerInvariant(), StringComparer.Ordinal))
                {
                    WriteOperation(json, op);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOperation(Utf8JsonWriter json, CatalogOperation op)
    {
        var tag = TagOf(op.Path);
        json.WriteStartObject(op.Method.ToLowerInvariant());
        if (op.Deprecated)
        {
            json.WriteBoolean("deprecated", true);
        }

        json.WriteString("description", $"{Summary(op)}. To use this resource, the requesting Service Account or API Key must have the Project Read Only role. "
            + $"This operation ({op.OperationId}) is part of the {tag} resource of the MongoDB Atlas Administration API; the versioned media types below name the resource versions it offers, "
            + "and a version with an x-sunset date answers 410 Gone after that date.");
        json.WriteString("operationId", op.OperationId);
        json.WriteStartArray("parameters");
        WriteReference(json, "#/components/parameters/envelope");
        foreach (var placeholder in Placeholders().Matches(op.Path).Select(m => m.Groups[1].Value))
        {
            json.WriteStartObject();
            json.WriteString("description", $"Unique identifier or human-readable label of the {placeholder} that the {op.OperationId} operation addresses.");
            json.WriteString("in", "path");
            json.WriteString("name", placeholder);
            json.WriteBoolean("required", true);
            json.WriteStartObject("schema");
            json.WriteString("pattern", placeholder.EndsWith("Id", StringComparison.Ordinal) ? "^([a-f0-9]{24})$" : "^[a-zA-Z0-9][a-zA-Z0-9-]*$");
            json.WriteString("type", "string");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        WriteReference(json, "#/components/parameters/pretty");
        json.WriteEndArray();

        if (op.Method is "POST" or "PUT" or "PATCH")
        {
            json.WriteStartObject("requestBody");
            WriteContent(json, op, sunsets: false);
            json.WriteString("description", $"The body of {op.OperationId}.");
            json.WriteBoolean("required", true);
            json.WriteEndObject();
        }

        json.WriteStartObject("responses");
        json.WriteStartObject(op.Method switch { "POST" => "201", "DELETE" => "204", _ => "200" });
        WriteContent(json, op, sunsets: true);
        json.WriteString("description", "OK");
        json.WriteStartObject("headers");
        json.WriteStartObject("RateLimit-Limit");
        json.WriteString("$ref", "#/components/headers/HeaderRateLimitLimit");
        json.WriteEndObject();
        json.WriteStartObject("RateLimit-Remaining");
        json.WriteString("$ref", "#/components/headers/HeaderRateLimitRemaining");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        foreach (var answer in ErrorAnswers)
        {
            var (status, name) = (answer[..3], answer[4..]);
            json.WriteStartObject(status);
            json.WriteString("$ref", "#/components/responses/" + name);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteString("summary", Summary(op));
        json.WriteStartArray("tags");
        json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteStartArray("x-codeSamples");
        foreach (var (label, lang, auth) in new[] { ("curl (Service Accounts)", "cURL", "--header \"Authorization: Bearer ${ACCESS_TOKEN}\""), ("curl (Digest)", "cURL", "--user \"${PUBLIC_KEY}:${PRIVATE_KEY}\" --digest") })
        {
            json.WriteStartObject();
            json.WriteString("label", label);
            json.WriteString("lang", lang);
            json.WriteString("source", $"curl {auth} \\\n  --header \"Accept: application/vnd.atlas.{op.Versions[^1].Version}+json\" \\\n  -X {op.Method} \"https://cloud.mongodb.com{op.Path}?pretty=true\"");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("x-xgen-docs-url", DocsBase + tag + "/operation/" + op.OperationId);
        if (op.Override is not null)
        {
            json.WriteString("x-xgen-operation-id-override", op.Override);
        }

        json.WriteEndObject();
    }

    /// <summary>One versioned media type per resource version; an answer's carries the version's x-sunset date.</summary>
    private static void WriteContent(Utf8JsonWriter json, CatalogOperation op, bool sunsets)
    {
        json.WriteStartObject("content");
        foreach (var version in op.Versions)
        {
            json.WriteStartObject($"application/vnd.atlas.{version.Version}+json");
            if (version.Version == "preview")
            {
                json.WriteStartObject("x-xgen-preview");
                json.WriteString("public", "true");
                json.WriteEndObject();
            }

            json.WriteStartObject("schema");
            json.WriteString("$ref", "#/components/schemas/" + SchemaName(op, version));
            json.WriteEndObject();
            if (sunsets && version.Sunset is not null)
            {
                json.WriteString("x-sunset", version.Sunset);
            }

            json.WriteString("x-xgen-version", version.Version);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteComponents(Utf8JsonWriter json, IEnumerable<CatalogOperation> operations)
    {
        json.WriteStartObject("components");
        json.WriteStartObject("headers");
        foreach (var header in new[] { "HeaderRateLimitLimit", "HeaderRateLimitRemaining" })
        {
            json.WriteStartObject(header);
            json.WriteString("description", "The rate limit of the endpoint set this operation belongs to, as Atlas counts it.");
            json.WriteStartObject("schema");
            json.WriteString("type", "integer");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("parameters");
        foreach (var name in new[] { "envelope", "pretty" })
        {
            json.WriteStartObject(name);
            json.WriteString("description", $"Flag that indicates whether Application applies the {name} option to the response.");
            json.WriteString("in", "query");
            json.WriteString("name", name);
            json.WriteStartObject("schema");
            json.WriteBoolean("default", false);
            json.WriteString("type", "boolean");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("responses");
        foreach (var answer in ErrorAnswers)
        {
            var (status, name) = (answer[..3], answer[4..]);
            json.WriteStartObject(name);
            json.WriteStartObject("content");
            json.WriteStartObject("application/json");
            json.WriteStartObject("example");
            json.WriteString("detail", "(This is just an example, the exception may not be related to this endpoint)");
            json.WriteNumber("error", int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("errorCode", name.ToUpperInvariant());
            json.WriteEndObject();
            json.WriteStartObject("schema");
            json.WriteString("$ref", "#/components/schemas/ApiError");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("description", name);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("schemas");
        foreach (var op in operations)
        {
            foreach (var version in op.Versions)
            {
                WriteSchema(json, op, version);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A schema the size of a typical Atlas resource: a dozen described properties, one a nested object, one an array of links.</summary>
    private static void WriteSchema(Utf8JsonWriter json, CatalogOperation op, CatalogVersion version)
    {
        json.WriteStartObject(SchemaName(op, version));
        json.WriteString("description", $"The resource that {op.OperationId} reads or writes, in version {version.Version}.");
        json.WriteStartObject("properties");
        for (var i = 0; i < 10; i++)
        {
            json.WriteStartObject($"field{i}");
            json.WriteString("description", $"Property {i} of the resource: a human-readable value that MongoDB Cloud returns for the {op.OperationId} operation.");
            json.WriteBoolean("readOnly", i % 2 == 0);
            json.WriteString("type", i % 3 == 0 ? "integer" : "string");
            json.WriteEndObject();
        }

        json.WriteStartObject("links");
        json.WriteString("description", "List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.");
        json.WriteStartObject("items");
        json.WriteString("$ref", "#/components/schemas/Link");
        json.WriteEndObject();
        json.WriteBoolean("readOnly", true);
        json.WriteString("type", "array");
        json.WriteEndObject();
        json.WriteStartObject("settings");
        json.WriteStartObject("properties");
        json.WriteStartObject("enabled");
        json.WriteString("type", "boolean");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("type", "object");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("title", Summary(op));
        json.WriteString("type", "object");
        json.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter json, string reference)
    {
        json.WriteStartObject();
        json.WriteString("$ref", reference);
        json.WriteEndObject();
    }

    private static string SchemaName(CatalogOperation op, CatalogVersion version)
        => char.ToUpperInvariant(op.OperationId[0]) + op.OperationId[1..] + (version.Version == "preview" ? "Preview" : version.Version.Replace("-", "", StringComparison.Ordinal));

    private static string Summary(CatalogOperation op) => op.Method switch
    {
        "GET" => "Return",
        "POST" => "Create",
        "PUT" => "Replace",
        "PATCH" => "Update",
        _ => "Remove",
    } + " " + op.Path[(op.Path.LastIndexOf('/') + 1)..].Trim('{', '}');

    /// <summary>The first literal segment below the project or organization, as a tag (<c>Clusters</c>).</summary>
    private static string TagOf(string path)
    {
        var literal = path.Split('/').Skip(4).FirstOrDefault(s => s.Length > 0 && s[0] != '{' && s is not ("groups" or "orgs")) ?? "Root";
        return char.ToUpperInvariant(literal[0]) + literal[1..];
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholders();
}
