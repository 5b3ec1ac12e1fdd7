using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>An RFC 5988 web link to a related API resource.</summary>
public sealed class Link
{
    /// <summary>The URL of the related resource, often starting with <c>https://cloud.mongodb.com/api/atlas</c>.</summary>
    [JsonPropertyName("href")]
    public string? Href { get; init; }

    /// <summary>The relationship, e.g. <c>self</c>.</summary>
    [JsonPropertyName("rel")]
    public string? Rel { get; init; }
}
