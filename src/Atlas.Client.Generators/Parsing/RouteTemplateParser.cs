using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Atlas.Client.Generators.Model;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Splits a route template (<c>/api/atlas/v2/groups/{groupId}/clusters/{clusterName}:pin</c>) into literal parts and
/// placeholders, and rejects every template whose literal text could not be sent as written or whose placeholders
/// could be ambiguous. The error strings finish the sentence "The route template of method 'M' is invalid: …".
/// </summary>
internal static class RouteTemplateParser
{
    public static bool TryParse(string? template, out ImmutableArray<RoutePart> parts, out string? error)
    {
        parts = ImmutableArray<RoutePart>.Empty;
        if (string.IsNullOrEmpty(template))
        {
            error = "it is empty; give the path, e.g. \"/api/atlas/v2/groups/{groupId}\"";
            return false;
        }

        var text = template!;
        if (text[0] != '/')
        {
            error = $"\"{text}\" does not start with '/'; write the whole path from the host, e.g. \"/api/atlas/v2/…\"";
            return false;
        }

        var result = ImmutableArray.CreateBuilder<RoutePart>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var segments = text.Split('/');
        var literal = new StringBuilder();
        for (var s = 1; s < segments.Length; s++)
        {
            var segment = segments[s];
            literal.Append('/');
            if (segment.Length == 0 && s != segments.Length - 1)
            {
                error = $"\"{text}\" has an empty segment ('//'); remove the extra '/'";
                return false;
            }

            if (segment == "." || segment == "..")
            {
                error = $"\"{text}\" has a '{segment}' segment, which servers and proxies remove; write the path it stands for";
                return false;
            }

            if (!TryParseSegment(text, segment, literal, result, seen, out error))
            {
                return false;
            }
        }

        if (literal.Length > 0)
        {
            result.Add(new RoutePart(literal.ToString(), null, false));
        }

        parts = result.ToImmutable();
        error = null;
        return true;
    }

    /// <summary>The template with every placeholder name removed (<c>/groups/{}/clusters/{}</c>), to compare routes whatever their parameter names.</summary>
    public static string Normalize(string template)
    {
        var builder = new StringBuilder(template.Length);
        var inside = false;
        foreach (var c in template)
        {
            if (c == '{')
            {
                inside = true;
                builder.Append(c);
            }
            else if (c == '}')
            {
                inside = false;
                builder.Append(c);
            }
            else if (!inside)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool TryParseSegment(
        string template, string segment, StringBuilder literal, ImmutableArray<RoutePart>.Builder result, HashSet<string> seen, out string? error)
    {
        var placeholders = 0;
        var literalChars = 0;
        var onlyDots = true;
        var previousWasPlaceholder = false;
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (c == '}')
            {
                error = $"\"{template}\" has a '}}' without its '{{'; every placeholder is written {{name}}";
                return false;
            }

            if (c != '{')
            {
                if (!IsPathChar(segment, i, out var reason))
                {
                    error = $"\"{template}\" {reason}";
                    return false;
                }

                literal.Append(c);
                literalChars++;
                onlyDots &= c == '.';
                previousWasPlaceholder = false;
                continue;
            }

            var close = segment.IndexOf('}', i + 1);
            var nextOpen = segment.IndexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                error = $"\"{template}\" has a '{{' without its '}}'; every placeholder is written {{name}}";
                return false;
            }

            var name = segment.Substring(i + 1, close - i - 1);
            if (name.Length == 0)
            {
                error = $"\"{template}\" has an empty placeholder '{{}}'; name the parameter it stands for";
                return false;
            }

            if (!IsIdentifier(name))
            {
                error = $"\"{template}\" has the placeholder '{{{name}}}', which is not a C# parameter name; use the name of the method's parameter";
                return false;
            }

            if (!seen.Add(name))
            {
                error = $"\"{template}\" uses the placeholder '{{{name}}}' twice; each placeholder may appear once";
                return false;
            }

            if (previousWasPlaceholder)
            {
                error = $"\"{template}\" has two placeholders with nothing between them before '{{{name}}}'; separate them with literal text";
                return false;
            }

            if (literal.Length > 0)
            {
                result.Add(new RoutePart(literal.ToString(), null, false));
                literal.Clear();
            }

            result.Add(new RoutePart(null, name, false));
            placeholders++;
            previousWasPlaceholder = true;
            i = close;
        }

        if (placeholders > 0 && literalChars > 0 && onlyDots)
        {
            error = $"\"{template}\" has the segment \"{segment}\", whose value could turn it into '.' or '..'; add other literal text or give the placeholder a segment of its own";
            return false;
        }

        if (placeholders == 1 && literalChars == 0)
        {
            // Alone in its segment: the runtime must also reject the values that would remove or leave a segment.
            var last = result[result.Count - 1];
            result[result.Count - 1] = last with { WholeSegment = true };
        }

        error = null;
        return true;
    }

    /// <summary>RFC 3986 pchar: unreserved, sub-delims, ':' and '@', or a complete %XX escape.</summary>
    private static bool IsPathChar(string segment, int index, out string? reason)
    {
        var c = segment[index];
        reason = null;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".IndexOf(c) >= 0)
        {
            return true;
        }

        if (c == '%')
        {
            if (index + 2 < segment.Length && IsHex(segment[index + 1]) && IsHex(segment[index + 2]))
            {
                return true;
            }

            reason = "has a '%' that does not start a %XX escape; write '%25' for a literal percent sign";
            return false;
        }

        reason = c switch
        {
            '?' => "contains '?'; query parameters are method parameters (optionally [Query(\"name\")]), not part of the template",
            '#' => "contains '#'; a fragment is never sent to the server, remove it",
            ' ' => "contains a space; write it as '%20' or remove it",
            _ => $"contains '{c}' (U+{(int)c:X4}), which cannot appear in a URI path; percent-encode it as UTF-8 (%XX)",
        };
        return false;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool IsIdentifier(string name)
    {
        if (!(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
