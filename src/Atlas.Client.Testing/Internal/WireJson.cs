using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Atlas.Client.Testing;

/// <summary>
/// The JSON metadata the simulator answers with: the runtime library's source-generated context, in an instance of its
/// own whose options add one converter. Atlas writes dates in UTC with a <c>Z</c> (<c>2025-11-03T02:03:00Z</c>);
/// System.Text.Json writes a <see cref="DateTimeOffset"/> with its offset (<c>+00:00</c>). Clients under test should
/// see Atlas's spelling. No reflection: source-generated metadata honours converters from the options.
/// </summary>
internal static class WireJson
{
    public static AtlasJsonContext Context { get; } = new(new JsonSerializerOptions(AtlasJsonContext.Default.Options)
    {
        Converters = { new UtcDateConverter() },
    });

    /// <summary>Writes every date as UTC with a <c>Z</c>; reads any ISO 8601 date.</summary>
    private sealed class UtcDateConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.UtcDateTime);
    }
}
