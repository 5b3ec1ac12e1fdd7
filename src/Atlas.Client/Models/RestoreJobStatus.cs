using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// The phase of a restore job's workflow (schema fields <c>TenantRestore.status</c> and
/// <c>FlexBackupRestoreJob20241113.status</c>). An extensible string-backed value: a phase Atlas adds later
/// deserializes to a value whose <see cref="Value"/> is the text Atlas sent instead of failing.
/// </summary>
[JsonConverter(typeof(RestoreJobStatusJsonConverter))]
public readonly struct RestoreJobStatus : IEquatable<RestoreJobStatus>
{
    /// <summary>The restore job is pending.</summary>
    public static RestoreJobStatus Pending { get; } = new("PENDING");

    /// <summary>The restore job is queued.</summary>
    public static RestoreJobStatus Queued { get; } = new("QUEUED");

    /// <summary>The restore job is running.</summary>
    public static RestoreJobStatus Running { get; } = new("RUNNING");

    /// <summary>The restore job failed.</summary>
    public static RestoreJobStatus Failed { get; } = new("FAILED");

    /// <summary>The restore job is complete.</summary>
    public static RestoreJobStatus Completed { get; } = new("COMPLETED");

    private readonly string? _value;

    /// <summary>Creates a status from the text Atlas uses.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RestoreJobStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The text Atlas uses for this status (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is one of the five phases the API documents.</summary>
    public bool IsKnown => Array.IndexOf(RestoreJobStatusJsonConverter.Known, this) >= 0;

    /// <inheritdoc />
    public bool Equals(RestoreJobStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RestoreJobStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two statuses by their text.</summary>
    public static bool operator ==(RestoreJobStatus left, RestoreJobStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by their text.</summary>
    public static bool operator !=(RestoreJobStatus left, RestoreJobStatus right) => !left.Equals(right);
}

/// <summary>Reads and writes <see cref="RestoreJobStatus"/> as its JSON string, keeping unknown values.</summary>
public sealed class RestoreJobStatusJsonConverter : JsonConverter<RestoreJobStatus>
{
    internal static readonly RestoreJobStatus[] Known =
    {
        RestoreJobStatus.Pending, RestoreJobStatus.Queued, RestoreJobStatus.Running, RestoreJobStatus.Failed, RestoreJobStatus.Completed,
    };

    /// <inheritdoc />
    public override RestoreJobStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ExtensibleStringReader.Read(ref reader, Known, static v => v.Value, static text => new RestoreJobStatus(text), nameof(RestoreJobStatus));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RestoreJobStatus value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
