using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// The phase of a backup snapshot. An extensible string-backed value: Atlas may add a phase at any time, and an
/// unknown one deserializes to a value whose <see cref="Value"/> is the text Atlas sent instead of failing.
/// </summary>
[JsonConverter(typeof(SnapshotStatusJsonConverter))]
public readonly struct SnapshotStatus : IEquatable<SnapshotStatus>
{
    /// <summary>The snapshot is pending.</summary>
    public static SnapshotStatus Pending { get; } = new("PENDING");

    /// <summary>The snapshot is queued.</summary>
    public static SnapshotStatus Queued { get; } = new("QUEUED");

    /// <summary>The snapshot is being taken.</summary>
    public static SnapshotStatus Running { get; } = new("RUNNING");

    /// <summary>The snapshot failed.</summary>
    public static SnapshotStatus Failed { get; } = new("FAILED");

    /// <summary>The snapshot is complete.</summary>
    public static SnapshotStatus Completed { get; } = new("COMPLETED");

    private readonly string? _value;

    /// <summary>Creates a status from the text Atlas uses.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public SnapshotStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The text Atlas uses for this status (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is one of the five phases the API documents.</summary>
    public bool IsKnown => this == Pending || this == Queued || this == Running || this == Failed || this == Completed;

    /// <inheritdoc />
    public bool Equals(SnapshotStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SnapshotStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two statuses by their text.</summary>
    public static bool operator ==(SnapshotStatus left, SnapshotStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by their text.</summary>
    public static bool operator !=(SnapshotStatus left, SnapshotStatus right) => !left.Equals(right);
}

/// <summary>Reads and writes <see cref="SnapshotStatus"/> as its JSON string, keeping unknown values.</summary>
public sealed class SnapshotStatusJsonConverter : JsonConverter<SnapshotStatus>
{
    /// <inheritdoc />
    public override SnapshotStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for SnapshotStatus, found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        // Reuse the static instances' strings for the known values: no per-read allocation beyond the reader's.
        foreach (var known in Known)
        {
            if (string.Equals(known.Value, text, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return new SnapshotStatus(text);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SnapshotStatus value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);

    private static readonly SnapshotStatus[] Known =
    {
        SnapshotStatus.Pending, SnapshotStatus.Queued, SnapshotStatus.Running, SnapshotStatus.Failed, SnapshotStatus.Completed,
    };
}
