using System;
using System.Collections.Generic;

namespace Atlas.Client.Generators.Catalog;

/// <summary>One path segment of a route or URL text: a span of the text, and whether a placeholder or hole is in it.</summary>
internal readonly struct PathSegment
{
    public PathSegment(int start, int length, bool isParametric)
    {
        Start = start;
        Length = length;
        IsParametric = isParametric;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>True when the segment holds a <c>{placeholder}</c> or an interpolation hole, so it stands for a value.</summary>
    public bool IsParametric { get; }

    public bool IsLiteral(string text, string literal)
        => !IsParametric && Length == literal.Length && string.CompareOrdinal(text, Start, literal, 0, Length) == 0;

    /// <summary>
    /// True when the whole segment is one run-time value of a string expression (<c>{}</c>, see RouteStringTemplate):
    /// it may hold any segment, a literal one included. A route template never has it (a placeholder has a name).
    /// </summary>
    public bool IsHole(string text)
        => IsParametric && Length == 2 && text[Start] == '{' && text[Start + 1] == '}';
}

/// <summary>Cuts a route template or URL into its path segments, ignoring scheme and host, query and fragment.</summary>
internal static class RoutePath
{
    public static List<PathSegment> Split(string text)
    {
        var segments = new List<PathSegment>();
        var start = SkipSchemeAndHost(text);
        var end = text.Length;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '?' || text[i] == '#')
            {
                end = i;
                break;
            }
        }

        var segmentStart = start;
        var parametric = false;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '/')
            {
                // Empty segments (a leading, trailing or doubled slash) do not change which endpoint a path addresses.
                if (i > segmentStart)
                {
                    segments.Add(new PathSegment(segmentStart, i - segmentStart, parametric));
                }

                segmentStart = i + 1;
                parametric = false;
            }
            else if (text[i] == '{')
            {
                parametric = true;
            }
        }

        return segments;
    }

    private static int SkipSchemeAndHost(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0 || !IsScheme(text, scheme))
        {
            return 0;
        }

        var pathStart = text.IndexOf('/', scheme + 3);
        return pathStart < 0 ? text.Length : pathStart;
    }

    private static bool IsScheme(string text, int length)
    {
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (!(c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || (i > 0 && (c is >= '0' and <= '9' || c == '+' || c == '-' || c == '.'))))
            {
                return false;
            }
        }

        return true;
    }
}
