using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;

namespace Atlas.Client.Tests.Conformance;

/// <summary>
/// Something in an exchange that the spec does not allow: which subset and operation, which part, what. A finding is
/// acceptable only when one of <see cref="SpecDeviations.All"/> covers it.
/// </summary>
internal sealed record SpecFinding(string Document, string Operation, RecordedExchange Exchange, string Part, string Problem)
{
    /// <summary>The JSON Schema keyword that failed (<c>type</c>, <c>required</c>, …), for body and parameter checks.</summary>
    public string? Keyword { get; init; }

    /// <summary>Where in the body (a JSON Pointer), for body checks.</summary>
    public string? InstanceLocation { get; init; }

    /// <summary>The deviation that allows this finding, or <see langword="null"/> when none does.</summary>
    public SpecDeviation? CoveredBy { get; init; }

    public override string ToString()
        => $"{Exchange} — {Operation} in {Document}: {Part}: {Problem}{(CoveredBy is null ? string.Empty : " [allowed: " + CoveredBy.Name + "]")}";
}

/// <summary>
/// Checks a recorded exchange against every OpenAPI subset that has its operation: the request's path values, query
/// parameters (declared, typed, in range), <c>Accept</c> and <c>Content-Type</c> media types and body (schema, no
/// read-only field); the answer's status (declared), content type, declared headers and body (schema, formats).
/// </summary>
internal static class SpecConformance
{
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The operations (by the newest subset's id) an exchange was checked against; empty when none matched.</summary>
    public static IReadOnlyList<SpecOperation> OperationsOf(RecordedExchange exchange)
        => SpecDocument.All.Select(d => d.Find(exchange.Method, exchange.Uri.AbsolutePath, out _)).OfType<SpecOperation>().ToList();

    public static IReadOnlyList<SpecFinding> Check(RecordedExchange exchange)
    {
        var findings = new List<SpecFinding>();
        var matched = false;
        foreach (var document in SpecDocument.All)
        {
            var operation = document.Find(exchange.Method, exchange.Uri.AbsolutePath, out var pathValues);
            if (operation is null)
            {
                continue;
            }

            matched = true;
            CheckRequest(exchange, operation, pathValues, findings);
            CheckResponse(exchange, operation, findings);
        }

        if (!matched)
        {
            findings.Add(new SpecFinding("(every subset)", "(none)", exchange, "request path", "no operation has this method and path"));
        }

        return findings.Select(f => f with { CoveredBy = SpecDeviations.All.FirstOrDefault(d => d.Covers(f)) }).ToList();
    }

    private static void CheckRequest(RecordedExchange exchange, SpecOperation operation, Dictionary<string, string> pathValues, List<SpecFinding> findings)
    {
        void Add(string part, string problem) => findings.Add(new SpecFinding(operation.Document.Name, operation.Id, exchange, part, problem));

        foreach (var parameter in operation.Parameters(ParameterLocation.Path))
        {
            if (pathValues.TryGetValue(parameter.Name!, out var value))
            {
                CheckValue(operation, parameter.Schema, value, "request path", parameter.Name!, exchange, findings);
            }
            else
            {
                Add("request path", $"path parameter {parameter.Name} is not in the template");
            }
        }

        var query = Query(exchange.Uri);
        var declared = operation.Parameters(ParameterLocation.Query).ToDictionary(p => p.Name!, StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                Add("request query", $"query parameter {name} is not declared by the operation");
                continue;
            }

            if (values.Count > 1)
            {
                Add("request query", $"query parameter {name} is sent {values.Count} times");
            }

            CheckValue(operation, parameter.Schema, values[0], "request query", name, exchange, findings);
        }

        foreach (var parameter in declared.Values.Where(p => p.Required && !query.ContainsKey(p.Name!)))
        {
            Add("request query", $"required query parameter {parameter.Name} is missing");
        }

        var answerTypes = Success(operation)?.Content?.Keys.ToList() ?? new List<string>();
        var accepted = (exchange.Header(exchange.RequestHeaders, "Accept") ?? string.Empty).Split(',').Select(MediaType).ToList();
        if (answerTypes.Count > 0 && !answerTypes.Any(t => accepted.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            Add("request headers", $"Accept '{exchange.Header(exchange.RequestHeaders, "Accept")}' names none of {string.Join(", ", answerTypes)}");
        }

        var body = operation.Operation.RequestBody;
        var hasBody = exchange.RequestBody is { Length: > 0 };
        if (body is null)
        {
            if (hasBody)
            {
                Add("request body", "the operation takes no body, yet one was sent");
            }

            return;
        }

        if (!hasBody)
        {
            if (body.Required)
            {
                Add("request body", "the operation requires a body, and none was sent");
            }

            return;
        }

        var contentType = MediaType(exchange.Header(exchange.RequestHeaders, "Content-Type") ?? string.Empty);
        if (body.Content is null || !body.Content.TryGetValue(contentType, out var media) || media.Schema is null)
        {
            Add("request headers", $"Content-Type '{contentType}' is none of {string.Join(", ", body.Content?.Keys ?? Array.Empty<string>())}");
            return;
        }

        if (CheckJson(operation, media.Schema, exchange.RequestBody!, "request body", exchange, findings) is { ValueKind: JsonValueKind.Object } sent)
        {
            foreach (var property in sent.EnumerateObject())
            {
                if (media.Schema.Properties?.TryGetValue(property.Name, out var schema) == true && schema.ReadOnly)
                {
                    Add("request body", $"{property.Name} is read-only: the spec says a request does not carry it");
                }
            }
        }
    }

    private static void CheckResponse(RecordedExchange exchange, SpecOperation operation, List<SpecFinding> findings)
    {
        void Add(string part, string problem) => findings.Add(new SpecFinding(operation.Document.Name, operation.Id, exchange, part, problem));

        var responses = operation.Operation.Responses ?? new OpenApiResponses();
        var status = exchange.Status.ToString(CultureInfo.InvariantCulture);
        var contentType = MediaType(exchange.Header(exchange.ResponseHeaders, "Content-Type") ?? string.Empty);
        if (!responses.TryGetValue(status, out var response) && !responses.TryGetValue("default", out response))
        {
            Add("response status", $"{status} is not among the operation's answers ({string.Join(", ", responses.Keys)})");

            // Whatever allows the status, the body must still be an Atlas error.
            if (contentType != "application/json")
            {
                Add("response headers", $"an error's Content-Type is '{contentType}', not application/json");
            }

            CheckJson(exchange.Body(), operation.Document.ComponentSchema("ApiError"), "response body", operation, exchange, findings);
            return;
        }

        foreach (var (name, header) in response.Headers ?? new Dictionary<string, IOpenApiHeader>())
        {
            var value = exchange.Header(exchange.ResponseHeaders, name);
            if (value is not null)
            {
                CheckValue(operation, header.Schema, value, "response headers", name, exchange, findings);
            }
            else if (header.Required)
            {
                Add("response headers", $"required header {name} is missing");
            }
        }

        if (response.Content is null || response.Content.Count == 0)
        {
            if (exchange.ResponseBody.Length > 0)
            {
                Add("response body", "the spec gives this answer no body, yet it has one");
            }

            return;
        }

        if (!response.Content.TryGetValue(contentType, out var media) || media.Schema is null)
        {
            Add("response headers", $"Content-Type '{contentType}' is none of {string.Join(", ", response.Content.Keys)}");
            return;
        }

        var schema = operation.Document.SchemaFor(media.Schema);
        var enveloped = exchange.Status is >= 200 and < 300 && Query(exchange.Uri).TryGetValue("envelope", out var envelope) && envelope[0] == "true"
                        && SpecDocument.ReferenceName(media.Schema)?.StartsWith("Paginated", StringComparison.Ordinal) != true;
        if (!enveloped)
        {
            CheckJson(exchange.Body(), schema, "response body", operation, exchange, findings);
            return;
        }

        findings.Add(new SpecFinding(operation.Document.Name, operation.Id, exchange, "response body",
            "wrapped in {\"status\", \"content\"} (envelope=true): the spec's schema describes the content") { Keyword = "envelope" });
        var wrapped = exchange.Body();
        if (wrapped is not { ValueKind: JsonValueKind.Object } w || !w.TryGetProperty("content", out var content)
            || !w.TryGetProperty("status", out var wrappedStatus) || !wrappedStatus.TryGetInt32(out var statusValue) || statusValue != exchange.Status
            || w.EnumerateObject().Count() != 2)
        {
            Add("response body", "envelope=true, but the body is not exactly {\"status\": <the HTTP status>, \"content\": …}");
            return;
        }

        CheckJson(content, schema, "response body (envelope content)", operation, exchange, findings);
    }

    private static IOpenApiResponse? Success(SpecOperation operation)
        => operation.Operation.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value).FirstOrDefault();

    /// <summary>A path, query or header value, typed as its schema says (<c>true</c> → boolean, <c>5</c> → integer), then checked.</summary>
    private static void CheckValue(SpecOperation operation, IOpenApiSchema? schema, string raw, string part, string name, RecordedExchange exchange, List<SpecFinding> findings)
    {
        if (schema is null)
        {
            return;
        }

        var type = schema.Type ?? 0;
        JsonNode? value = raw;
        if (type.HasFlag(JsonSchemaType.Boolean) && raw is "true" or "false")
        {
            value = raw == "true";
        }
        else if ((type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
                 && decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
        }

        using var document = JsonDocument.Parse(value!.ToJsonString());
        CheckJson(document.RootElement.Clone(), operation.Document.SchemaFor(schema), part + " " + name, operation, exchange, findings);
    }

    private static JsonElement? CheckJson(SpecOperation operation, IOpenApiSchema schema, byte[] body, string part, RecordedExchange exchange, List<SpecFinding> findings)
    {
        var element = Parse(body);
        CheckJson(element, operation.Document.SchemaFor(schema), part, operation, exchange, findings);
        return element;
    }

    private static void CheckJson(JsonElement? element, JsonSchema schema, string part, SpecOperation operation, RecordedExchange exchange, List<SpecFinding> findings)
    {
        if (element is not { } value)
        {
            findings.Add(new SpecFinding(operation.Document.Name, operation.Id, exchange, part, "not JSON"));
            return;
        }

        var results = schema.Evaluate(value, Evaluation);
        if (results.IsValid)
        {
            return;
        }

        var failed = new[] { results }.Concat(results.Details ?? new List<EvaluationResults>()).Where(r => r.Errors is { Count: > 0 }).ToList();
        foreach (var result in failed)
        {
            foreach (var (keyword, message) in result.Errors!)
            {
                var location = result.InstanceLocation.ToString();
                findings.Add(new SpecFinding(operation.Document.Name, operation.Id, exchange, part, $"{(location.Length == 0 ? "/" : location)}: {message} ({keyword})")
                {
                    Keyword = keyword,
                    InstanceLocation = location,
                });
            }
        }

        if (failed.Count == 0)
        {
            findings.Add(new SpecFinding(operation.Document.Name, operation.Id, exchange, part, "does not match its schema"));
        }
    }

    private static JsonElement? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Body(this RecordedExchange exchange) => Parse(exchange.ResponseBody);

    private static string MediaType(string value) => value.Split(';')[0].Trim().ToLowerInvariant();

    private static Dictionary<string, List<string>> Query(Uri uri)
    {
        var query = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            if (!query.TryGetValue(name, out var values))
            {
                query[name] = values = new List<string>();
            }

            values.Add(value);
        }

        return query;
    }

    /// <summary>For messages: the body as text, shortened.</summary>
    public static string Text(byte[] body) => body.Length <= 300 ? Encoding.UTF8.GetString(body) : Encoding.UTF8.GetString(body, 0, 300) + "…";
}
