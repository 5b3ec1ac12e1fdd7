using System;
using System.Globalization;
using System.Net;
using System.Text;

namespace Atlas.Client.Http;

/// <summary>
/// A short, one-line excerpt of a body that is not an Atlas error (a proxy's HTML page, a gateway's plain text): markup,
/// scripts and styles dropped, white space collapsed, at most <see cref="MaxChars"/> characters, and any
/// <c>Bearer</c>/<c>Basic</c> credential a server echoed back masked. A message summarises such a body; it never
/// pastes it.
/// </summary>
internal static class BodyExcerpt
{
    /// <summary>The most characters of text an excerpt shows.</summary>
    public const int MaxChars = 200;

    /// <summary>How much of the body is looked at for the excerpt (markup can be long before any text).</summary>
    private const int ScanBytes = 16 * 1024;

    /// <summary><c>(text/html, 5,027 bytes): "502 Bad Gateway nginx"</c>.</summary>
    public static string Describe(string? contentType, byte[] body, int length, bool truncated)
    {
        var size = truncated
            ? "more than " + length.ToString("N0", CultureInfo.InvariantCulture) + " bytes"
            : length.ToString("N0", CultureInfo.InvariantCulture) + (length == 1 ? " byte" : " bytes");
        return "(" + (contentType ?? "no content type") + ", " + size + "): " + Of(contentType, body, length, truncated);
    }

    /// <summary>The excerpt in quotes, with <c>…</c> where text was left out.</summary>
    public static string Of(string? contentType, byte[] body, int length, bool truncated)
    {
        var take = Math.Min(length, ScanBytes);
        // Do not cut a UTF-8 sequence in half: step back over continuation bytes to the start of the last character.
        if (take < length)
        {
            while (take > 0 && (body[take] & 0xC0) == 0x80)
            {
                take--;
            }
        }

        var text = Encoding.UTF8.GetString(body, 0, take);
        var markup = (contentType is not null && (contentType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0
                                                  || contentType.IndexOf("xml", StringComparison.OrdinalIgnoreCase) >= 0))
                     || text.TrimStart().StartsWith("<", StringComparison.Ordinal);
        if (markup)
        {
            text = WebUtility.HtmlDecode(StripMarkup(text));
        }

        var excerpt = new StringBuilder(MaxChars + 8);
        var pendingSpace = false;
        var cut = take < length || truncated;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = excerpt.Length > 0;
                continue;
            }

            if (excerpt.Length >= MaxChars)
            {
                cut = true;
                break;
            }

            if (pendingSpace)
            {
                excerpt.Append(' ');
                pendingSpace = false;
            }

            excerpt.Append(c);
        }

        return "\"" + MaskCredentials(excerpt.ToString()) + (cut ? "…" : string.Empty) + "\"";
    }

    /// <summary>The text between tags, with the content of <c>script</c> and <c>style</c> elements and comments left out.</summary>
    private static string StripMarkup(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                text.Append(html[i++]);
                continue;
            }

            string? skipTo = null;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var endOfComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = endOfComment < 0 ? html.Length : endOfComment + 3;
                text.Append(' ');
                continue;
            }

            if (StartsElement(html, i, "script"))
            {
                skipTo = "</script";
            }
            else if (StartsElement(html, i, "style"))
            {
                skipTo = "</style";
            }

            if (skipTo is not null)
            {
                var end = html.IndexOf(skipTo, i + 1, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end + skipTo.Length;
            }

            var close = i < html.Length ? html.IndexOf('>', i) : -1;
            i = close < 0 ? html.Length : close + 1;
            text.Append(' ');
        }

        return text.ToString();
    }

    private static bool StartsElement(string html, int at, string name)
        => string.Compare(html, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
           && at + 1 + name.Length < html.Length
           && (html[at + 1 + name.Length] == '>' || char.IsWhiteSpace(html[at + 1 + name.Length]));

    /// <summary>A server that echoes the request's <c>Authorization</c> header must not put the credential into a message.</summary>
    private static string MaskCredentials(string text)
    {
        foreach (var scheme in new[] { "Bearer ", "Basic " })
        {
            var at = 0;
            while ((at = text.IndexOf(scheme, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var start = at + scheme.Length;
                var end = start;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"' && text[end] != ',' && text[end] != '<')
                {
                    end++;
                }

                text = end > start ? text.Substring(0, start) + "[redacted]" + text.Substring(end) : text;
                at = start;
            }
        }

        return text;
    }
}
