using System.Collections.Generic;
using System.Threading;
using System;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.Generators.Analyzers.Spec.Supplied;

/// <summary>
/// Reads the operations of an Atlas Administration API OpenAPI 3 document in MongoDB's multi-version form (the form of
/// <c>openapi/v2.json</c> in mongodb/openapi and of the subsets in <c>src/AtlasApiSpec</c>): for each method and path
/// under <c>/api/atlas/v2</c>, the <c>operationId</c>, <c>x-xgen-operation-id-override</c>, <c>deprecated</c>,
/// <c>x-xgen-docs-url</c> and every resource version named by a versioned media type
/// (<c>application/vnd.atlas.{yyyy-MM-dd|preview}+{json|csv|…}</c>) of the request body or an answer, with its
/// <c>x-sunset</c> date (on the media type, or on the operation for all its versions). Everything else is skipped
/// unread, and <c>$ref</c>s are not followed (versioned media types are written inline in MongoDB's documents).
/// </summary>
/// <remarks>
/// Strict about what it reads, lenient about the rest: a field it uses with the wrong JSON type, a sunset that is not
/// a date, a document that is not OpenAPI 3 or has no Admin API operation stop it with the position; an unknown field,
/// an unversioned media type (<c>application/json</c>) or a version form the client cannot send
/// (<c>2025-01-01.upcoming</c>) are ignored.
/// </remarks>
internal static class OpenApiSpecReader
{
    /// <summary>The largest document read, in characters (MongoDB's full spec is about 6 MB).</summary>
    public const int MaxLength = 32 * 1024 * 1024;

    /// <summary>The most operations a document may have (the Admin API has about 600).</summary>
    public const int MaxOperations = 10_000;

    private const string MediaTypePrefix = "application/vnd.atlas.";

    private static readonly string[] Methods = { "get", "put", "post", "delete", "patch" };

    /// <summary>Reads the document, or says why it cannot be used and where.</summary>
    /// <exception cref="SpecFormatException">The document is not JSON, not an OpenAPI 3 document of the Admin API, or passes a limit.</exception>
    public static SuppliedSpec Read(SourceText text, CancellationToken cancellationToken)
    {
        if (text.Length > MaxLength)
        {
            throw new SpecFormatException(0, $"the file has {text.Length:N0} characters; the analyzers read at most {MaxLength:N0}");
        }

        var reader = new BoundedJsonReader(text);
        if (reader.Read() != JsonToken.StartObject)
        {
            throw reader.Fail("the document is " + Describe(reader.Token) + ", not a JSON object: an OpenAPI document is one");
        }

        string? openApi = null;
        var openApiAt = 0;
        var swagger = false;
        var pathsAt = -1;
        var operations = new Dictionary<string, SpecOperation>(StringComparer.Ordinal);
        var versions = new VersionNames();
        while (reader.Read() == JsonToken.PropertyName)
        {
            if (reader.ValueIs("openapi"))
            {
                openApiAt = reader.TokenStart;
                openApi = ReadString(reader, "\"openapi\"");
            }
            else if (reader.ValueIs("swagger"))
            {
                swagger = true;
                reader.Skip();
            }
            else if (reader.ValueIs("paths"))
            {
                pathsAt = reader.TokenStart;
                ReadPaths(reader, operations, versions, cancellationToken);
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
        if (openApi is null)
        {
            throw new SpecFormatException(0, swagger
                ? "a Swagger 2.0 document: the analyzers read OpenAPI 3, the form in which MongoDB publishes the Admin API"
                : "no \"openapi\" field: not an OpenAPI 3 document");
        }

        if (!openApi.StartsWith("3.", StringComparison.Ordinal))
        {
            throw new SpecFormatException(openApiAt, $"OpenAPI {openApi}: the analyzers read OpenAPI 3 documents");
        }

        if (pathsAt < 0)
        {
            throw new SpecFormatException(0, "no \"paths\": the document describes no operation");
        }

        if (operations.Count == 0)
        {
            throw new SpecFormatException(pathsAt, "no operation under /api/atlas/v2: is this the Atlas Administration API spec?");
        }

        var result = new SpecOperation[operations.Count];
        operations.Values.CopyTo(result, 0);
        return new SuppliedSpec(openApi, result);
    }

    private static void ReadPaths(BoundedJsonReader reader, Dictionary<string, SpecOperation> operations, VersionNames versions, CancellationToken cancellationToken)
    {
        ExpectObject(reader, "\"paths\"");
        while (reader.Read() == JsonToken.PropertyName)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsAdminApiPath(reader))
            {
                reader.Skip();
                continue;
            }

            var path = reader.GetString();
            ExpectObject(reader, "the path " + path);
            while (reader.Read() == JsonToken.PropertyName)
            {
                var method = MethodOf(reader);
                if (method is null)
                {
                    reader.Skip();
                    continue;
                }

                if (operations.Count == MaxOperations)
                {
                    throw reader.Fail($"more than {MaxOperations:N0} operations");
                }

                var op = ReadOperation(reader, method, path, versions);
                operations[op.Display] = op;
            }
        }
    }

    private static SpecOperation ReadOperation(BoundedJsonReader reader, string method, string path, VersionNames names)
    {
        var display = method + " " + path;
        var at = reader.TokenStart;
        ExpectObject(reader, display);
        string? operationId = null;
        string? idOverride = null;
        string? sunset = null;
        string? docsUrl = null;
        var deprecated = false;
        var versions = new List<(string Version, string? Sunset)>();
        while (reader.Read() == JsonToken.PropertyName)
        {
            if (reader.ValueIs("operationId"))
            {
                operationId = ReadString(reader, "\"operationId\" of " + display);
            }
            else if (reader.ValueIs("x-xgen-operation-id-override"))
            {
                idOverride = ReadString(reader, "\"x-xgen-operation-id-override\" of " + display);
            }
            else if (reader.ValueIs("deprecated"))
            {
                deprecated = reader.Read() switch
                {
                    JsonToken.True => true,
                    JsonToken.False => false,
                    _ => throw reader.Fail("\"deprecated\" of " + display + " is " + Describe(reader.Token) + ", not true or false"),
                };
            }
            else if (reader.ValueIs("x-sunset"))
            {
                sunset = ReadDate(reader, "\"x-sunset\" of " + display);
            }
            else if (reader.ValueIs("x-xgen-docs-url"))
            {
                docsUrl = ReadString(reader, "\"x-xgen-docs-url\" of " + display);
            }
            else if (reader.ValueIs("requestBody"))
            {
                ReadContentOwner(reader, "the request body of " + display, versions, names);
            }
            else if (reader.ValueIs("responses"))
            {
                ExpectObject(reader, "\"responses\" of " + display);
                while (reader.Read() == JsonToken.PropertyName)
                {
                    ReadContentOwner(reader, "an answer of " + display, versions, names);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        if (operationId is null)
        {
            throw new SpecFormatException(at, display + " has no \"operationId\"");
        }

        var result = new SpecVersion[versions.Count];
        for (var i = 0; i < result.Length; i++)
        {
            // A sunset on the operation (the per-version documents' form) holds for each version without its own.
            result[i] = new SpecVersion(versions[i].Version, versions[i].Sunset ?? sunset);
        }

        Array.Sort(result, (a, b) => string.CompareOrdinal(a.Version, b.Version));
        return new SpecOperation(method, path, operationId, idOverride, deprecated, result, removedBy: null)
        {
            DocsUrl = IsWebAddress(docsUrl) ? docsUrl : null,
        };
    }

    /// <summary>A request body or an answer: its <c>content</c>, keyed by media type. A <c>$ref</c> is not followed.</summary>
    private static void ReadContentOwner(BoundedJsonReader reader, string what, List<(string Version, string? Sunset)> versions, VersionNames names)
    {
        ExpectObject(reader, what);
        while (reader.Read() == JsonToken.PropertyName)
        {
            if (!reader.ValueIs("content"))
            {
                reader.Skip();
                continue;
            }

            ExpectObject(reader, "the content of " + what);
            while (reader.Read() == JsonToken.PropertyName)
            {
                var version = names.VersionOf(reader);
                ExpectObject(reader, "a media type of " + what);
                string? sunset = null;
                while (reader.Read() == JsonToken.PropertyName)
                {
                    if (reader.ValueIs("x-sunset"))
                    {
                        sunset = ReadDate(reader, "\"x-sunset\" of a media type of " + what);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (version is not null)
                {
                    Add(versions, version, sunset);
                }
            }
        }
    }

    /// <summary>The same version in several places (request and answer, 200 and 201): the earliest sunset date of any wins.</summary>
    private static void Add(List<(string Version, string? Sunset)> versions, string version, string? sunset)
    {
        for (var i = 0; i < versions.Count; i++)
        {
            if (ReferenceEquals(versions[i].Version, version))
            {
                if (sunset is not null && (versions[i].Sunset is null || string.CompareOrdinal(sunset, versions[i].Sunset) < 0))
                {
                    versions[i] = (version, sunset);
                }

                return;
            }
        }

        versions.Add((version, sunset));
    }

    private static bool IsAdminApiPath(BoundedJsonReader reader)
        => reader.ValueStartsWith(SpecOperation.ApiRoot)
           && (reader.ValueLength == SpecOperation.ApiRoot.Length || reader.ValueAt(SpecOperation.ApiRoot.Length) == '/');

    private static string? MethodOf(BoundedJsonReader reader)
    {
        foreach (var method in Methods)
        {
            if (reader.ValueIs(method))
            {
                return method.ToUpperInvariant();
            }
        }

        return null;
    }

    private static string ReadString(BoundedJsonReader reader, string what)
        => reader.Read() == JsonToken.String
            ? reader.GetString()
            : throw reader.Fail(what + " is " + Describe(reader.Token) + ", not a string");

    private static string ReadDate(BoundedJsonReader reader, string what)
    {
        var value = ReadString(reader, what);
        return ResourceVersion.IsDate(value) ? value : throw reader.Fail(what + " is '" + value + "', not a yyyy-MM-dd date");
    }

    private static void ExpectObject(BoundedJsonReader reader, string what)
    {
        if (reader.Read() != JsonToken.StartObject)
        {
            throw reader.Fail(what + " is " + Describe(reader.Token) + ", not an object");
        }
    }

    private static bool IsWebAddress(string? url)
        => url is { Length: <= 2048 }
           && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal))
           && url.IndexOfAny(new[] { ' ', '\t', '\r', '\n', '"' }) < 0;

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.String => "a string",
        JsonToken.Number => "a number",
        JsonToken.True => "true",
        JsonToken.False => "false",
        JsonToken.Null => "null",
        _ => "missing",
    };

    /// <summary>
    /// The resource version a media type names, one string instance per version (a document repeats a dozen versions
    /// thousands of times; each is allocated once).
    /// </summary>
    private sealed class VersionNames
    {
        private readonly List<string> _seen = new();

        /// <summary>The version of the current property name when it is <c>application/vnd.atlas.{version}+…</c> with a version the client can send.</summary>
        public string? VersionOf(BoundedJsonReader reader)
        {
            if (!reader.ValueStartsWith(MediaTypePrefix))
            {
                return null;
            }

            var start = MediaTypePrefix.Length;
            var end = start;
            while (end < reader.ValueLength && reader.ValueAt(end) != '+')
            {
                end++;
            }

            if (end == reader.ValueLength || end == reader.ValueLength - 1)
            {
                return null;
            }

            foreach (var seen in _seen)
            {
                if (Is(reader, start, end - start, seen))
                {
                    return seen;
                }
            }

            if (!Is(reader, start, end - start, ResourceVersion.Preview) && end - start != 10)
            {
                return null;
            }

            var version = reader.ValueSubstring(start, end - start);
            if (!ResourceVersion.IsValid(version))
            {
                return null;
            }

            _seen.Add(version);
            return version;
        }

        private static bool Is(BoundedJsonReader reader, int start, int length, string text)
        {
            if (length != text.Length)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (reader.ValueAt(start + i) != text[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
