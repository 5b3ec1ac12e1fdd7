using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>The error body Atlas returns with every 4xx and 5xx answer (content type <c>application/json</c>).</summary>
public sealed class ApiError
{
    /// <summary>The HTTP status code returned with this error (required by the spec).</summary>
    [JsonPropertyName("error")]
    public int Error { get; init; }

    /// <summary>The application error code, e.g. <c>CLUSTER_NOT_FOUND</c> (required by the spec).</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    /// <summary>Describes the specific conditions or reasons that caused the error.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>The application error message, e.g. <c>Not Found</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Parameters that give more information about the error: arbitrary JSON values.</summary>
    [JsonPropertyName("parameters")]
    public IReadOnlyList<JsonElement>? Parameters { get; init; }

    /// <summary>For a 400, the request fields that were rejected.</summary>
    [JsonPropertyName("badRequestDetail")]
    public BadRequestDetail? BadRequestDetail { get; init; }
}

/// <summary>The fields of a rejected request.</summary>
public sealed class BadRequestDetail
{
    /// <summary>Every violation in the request.</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<FieldViolation>? Fields { get; init; }
}

/// <summary>One rejected request field.</summary>
public sealed class FieldViolation
{
    /// <summary>Why the field is bad.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The path to the field in the request body.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; init; }
}
