using System;
using System.Text.Json;

namespace Atlas.Client;

/// <summary>
/// The read side shared by the extensible string-backed values (<see cref="RestoreDeliveryType"/>,
/// <see cref="RestoreJobStatus"/>): one place that rejects non-strings with a message naming the type and reuses the
/// static instances for known text, so a read allocates nothing beyond the reader's string.
/// </summary>
internal static class ExtensibleStringReader
{
    public static T Read<T>(ref Utf8JsonReader reader, T[] known, Func<T, string> textOf, Func<string, T> create, string typeName)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeName}, found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        foreach (var candidate in known)
        {
            if (string.Equals(textOf(candidate), text, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return create(text);
    }
}
