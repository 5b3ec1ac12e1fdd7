using System;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Testing;

/// <summary>
/// A POST body read as a JSON object, with the field checks the backup create bodies need. Read with
/// <see cref="JsonDocument"/> rather than the models so that each missing or malformed field gets its own
/// <c>VALIDATION_ERROR</c>, as Atlas reports it.
/// </summary>
internal sealed partial class JsonBody : IDisposable
{
    private const int MaxBytes = 1024 * 1024;
    private readonly JsonDocument _document;

    private JsonBody(JsonDocument document) => _document = document;

    public JsonElement Root => _document.RootElement;

    /// <summary>The body as an object, or the error to answer (<c>MALFORMED_JSON</c>).</summary>
    public static async Task<(JsonBody? Body, ApiError? Error)> ReadAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, ApiErrors.ValidationError("body", "The request body is larger than 1 MiB."));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                return (null, ApiErrors.MalformedJson());
            }

            return (new JsonBody(document), null);
        }
        catch (JsonException)
        {
            return (null, ApiErrors.MalformedJson());
        }
    }

    /// <summary>A required 24-hexadecimal digit id.</summary>
    public ApiError? RequiredId(string field, out string value) => Id(field, required: true, out value);

    /// <summary>An optional 24-hexadecimal digit id (empty string when absent).</summary>
    public ApiError? OptionalId(string field, out string value) => Id(field, required: false, out value);

    /// <summary>A required deployment name (<c>^[\p{L}\p{N}\-_.(),:&amp;@+']{1,64}$</c>).</summary>
    public ApiError? RequiredDeploymentName(string field, out string value)
    {
        var error = Text(field, required: true, out value);
        return error ?? (DeploymentName().IsMatch(value) ? null : ApiErrors.ValidationError(field, $"{field} must match ^[\\p{{L}}\\p{{N}}\\-_.(),:&@+']{{1,64}}$."));
    }

    public void Dispose() => _document.Dispose();

    private ApiError? Id(string field, bool required, out string value)
    {
        var error = Text(field, required, out value);
        return error ?? (value.Length == 0 || ObjectIds.IsValid(value) ? null : ApiErrors.ValidationError(field, $"{field} must be a 24-hexadecimal digit string."));
    }

    private ApiError? Text(string field, bool required, out string value)
    {
        value = string.Empty;
        if (!Root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return required ? ApiErrors.ValidationError(field, $"{field} is required.") : null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return ApiErrors.ValidationError(field, $"{field} must be a string.");
        }

        value = element.GetString()!;
        return null;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}\-_.(),:&@+']{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex DeploymentName();
}
