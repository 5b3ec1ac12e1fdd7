using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// How a restore job hands the snapshot back: restored into a cluster, or offered as a download. An extensible
/// string-backed value (schema fields <c>TenantRestore.deliveryType</c> and <c>FlexBackupRestoreJob20241113.deliveryType</c>):
/// a value Atlas adds later deserializes to a value whose <see cref="Value"/> is the text Atlas sent instead of failing.
/// </summary>
[JsonConverter(typeof(RestoreDeliveryTypeJsonConverter))]
public readonly struct RestoreDeliveryType : IEquatable<RestoreDeliveryType>
{
    /// <summary>The snapshot is restored into a target cluster.</summary>
    public static RestoreDeliveryType Restore { get; } = new("RESTORE");

    /// <summary>The snapshot is offered as a download (<c>snapshotUrl</c>).</summary>
    public static RestoreDeliveryType Download { get; } = new("DOWNLOAD");

    private readonly string? _value;

    /// <summary>Creates a delivery type from the text Atlas uses.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RestoreDeliveryType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The text Atlas uses for this delivery type (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is one of the two delivery types the API documents.</summary>
    public bool IsKnown => Array.IndexOf(RestoreDeliveryTypeJsonConverter.Known, this) >= 0;

    /// <inheritdoc />
    public bool Equals(RestoreDeliveryType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RestoreDeliveryType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two delivery types by their text.</summary>
    public static bool operator ==(RestoreDeliveryType left, RestoreDeliveryType right) => left.Equals(right);

    /// <summary>Compares two delivery types by their text.</summary>
    public static bool operator !=(RestoreDeliveryType left, RestoreDeliveryType right) => !left.Equals(right);
}

/// <summary>Reads and writes <see cref="RestoreDeliveryType"/> as its JSON string, keeping unknown values.</summary>
public sealed class RestoreDeliveryTypeJsonConverter : JsonConverter<RestoreDeliveryType>
{
    internal static readonly RestoreDeliveryType[] Known = { RestoreDeliveryType.Restore, RestoreDeliveryType.Download };

    /// <inheritdoc />
    public override RestoreDeliveryType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ExtensibleStringReader.Read(ref reader, Known, static v => v.Value, static text => new RestoreDeliveryType(text), nameof(RestoreDeliveryType));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RestoreDeliveryType value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
