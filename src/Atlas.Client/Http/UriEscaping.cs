using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace Atlas.Client.Http;

/// <summary>
/// Percent-encoding by RFC 3986: everything but the unreserved characters (<c>A-Z a-z 0-9 - . _ ~</c>) is written
/// as UTF-8 bytes in <c>%XX</c> form. The generator applies the same rule to query names at compile time.
/// </summary>
internal static class UriEscaping
{
    private const string HexDigits = "0123456789ABCDEF";

#if NET8_0_OR_GREATER
    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
#endif

    public static bool IsUnreserved(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';

    /// <summary>
    /// How many characters at the start of <paramref name="value"/> need no escaping (all of them for the identifiers
    /// Atlas uses), so that run can be copied as it is.
    /// </summary>
    public static int UnreservedPrefixLength(ReadOnlySpan<char> value)
    {
#if NET8_0_OR_GREATER
        var first = value.IndexOfAnyExcept(Unreserved);
#else
        var first = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsUnreserved(value[i]))
            {
                first = i;
                break;
            }
        }
#endif
        return first < 0 ? value.Length : first;
    }

    /// <summary>Writes <paramref name="codePoint"/> as percent-encoded UTF-8 at <paramref name="index"/>; returns the new end.</summary>
    public static int AppendPercentEncodedUtf8(char[] buffer, int index, int codePoint)
    {
        if (codePoint < 0x80)
        {
            return AppendByte(buffer, index, codePoint);
        }

        if (codePoint < 0x800)
        {
            index = AppendByte(buffer, index, 0xC0 | (codePoint >> 6));
            return AppendByte(buffer, index, 0x80 | (codePoint & 0x3F));
        }

        if (codePoint < 0x10000)
        {
            index = AppendByte(buffer, index, 0xE0 | (codePoint >> 12));
            index = AppendByte(buffer, index, 0x80 | ((codePoint >> 6) & 0x3F));
            return AppendByte(buffer, index, 0x80 | (codePoint & 0x3F));
        }

        index = AppendByte(buffer, index, 0xF0 | (codePoint >> 18));
        index = AppendByte(buffer, index, 0x80 | ((codePoint >> 12) & 0x3F));
        index = AppendByte(buffer, index, 0x80 | ((codePoint >> 6) & 0x3F));
        return AppendByte(buffer, index, 0x80 | (codePoint & 0x3F));
    }

    private static int AppendByte(char[] buffer, int index, int value)
    {
        buffer[index] = '%';
        buffer[index + 1] = HexDigits[value >> 4];
        buffer[index + 2] = HexDigits[value & 0xF];
        return index + 3;
    }
}
