using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace Atlas.Client;

/// <summary>Reads Atlas's <c>Deprecation</c> and <c>Sunset</c> answer headers.</summary>
internal static class DeprecationHeaders
{
    public const string Deprecation = "Deprecation";
    public const string Sunset = "Sunset";

    public static string? Get(HttpResponseMessage response, string name)
    {
#if NET6_0_OR_GREATER
        // The non-validated view neither parses nor allocates when the header is absent (the common case).
        return response.Headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;
#else
        return response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? string.Join(", ", values) : null;
#endif
    }

    /// <summary>An HTTP-date (<c>Wed, 1 Feb 2023 00:00:00 GMT</c>) or an RFC 9745 structured date (<c>@1675209600</c>).</summary>
    public static DateTimeOffset? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("@", StringComparison.Ordinal)
            && long.TryParse(text.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }
}
