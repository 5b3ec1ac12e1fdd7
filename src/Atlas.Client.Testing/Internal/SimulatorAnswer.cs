using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Atlas.Client.Testing;

/// <summary>
/// A complete answer — status, headers and the body already rendered — so that faults can cut or slow it on its way out
/// and the request log can record its status.
/// </summary>
internal sealed class SimulatorAnswer
{
    private SimulatorAnswer(int statusCode, string? contentType, byte[] body)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
    }

    public int StatusCode { get; }

    public string? ContentType { get; }

    public byte[] Body { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = new();

    public SimulatorAnswer WithHeader(string name, string value)
    {
        Headers.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    public static SimulatorAnswer Raw(int statusCode, string? contentType, byte[] body) => new(statusCode, contentType, body);

    public static SimulatorAnswer Empty(int statusCode) => new(statusCode, null, System.Array.Empty<byte>());

    /// <summary>An error: <see cref="ApiError"/> as plain <c>application/json</c>, never enveloped (it carries its status).</summary>
    public static SimulatorAnswer Error(ApiError error, bool pretty)
        => new(error.Error, "application/json", Render(pretty, w => JsonSerializer.Serialize(w, error, AtlasJsonContext.Default.ApiError)));

    /// <summary>
    /// One entity as <c>application/vnd.atlas.{version}+json</c>; with <paramref name="envelope"/>, wrapped in
    /// <c>{"status": …, "content": …}</c>.
    /// </summary>
    public static SimulatorAnswer Entity<T>(T value, JsonTypeInfo<T> typeInfo, string version, bool pretty, bool envelope)
        => new(200, MediaType(version), Render(pretty, writer =>
        {
            if (!envelope)
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
                return;
            }

            writer.WriteStartObject();
            writer.WriteNumber("status", 200);
            writer.WritePropertyName("content");
            JsonSerializer.Serialize(writer, value, typeInfo);
            writer.WriteEndObject();
        }));

    /// <summary>A page as <c>application/vnd.atlas.{version}+json</c>; with <paramref name="envelope"/>, the page gains <c>status</c>.</summary>
    public static SimulatorAnswer Page<T>(AtlasPage<T> page, JsonTypeInfo<AtlasPage<T>> typeInfo, string version, bool pretty, bool envelope)
        => new(200, MediaType(version), Render(pretty, writer =>
        {
            if (!envelope)
            {
                JsonSerializer.Serialize(writer, page, typeInfo);
                return;
            }

            var node = JsonSerializer.SerializeToNode(page, typeInfo)!.AsObject();
            node.Add("status", 200);
            node.WriteTo(writer);
        }));

    public static string MediaType(string version) => "application/vnd.atlas." + version + "+json";

    private static byte[] Render(bool pretty, System.Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = pretty }))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
