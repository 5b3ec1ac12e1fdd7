using System.Collections.Generic;
using Atlas.Client.Generators.Catalog;

namespace Atlas.Client.CodeFixes.Migration;

/// <summary>A replacement of <see cref="Length"/> characters at <see cref="Start"/> of a route or URL text.</summary>
internal readonly struct TextEdit
{
    public TextEdit(int start, int length, string newText)
    {
        Start = start;
        Length = length;
        NewText = newText;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public string NewText { get; }
}

/// <summary>
/// The smallest set of edits that turns a matched tenant path into its Flex replacement: only the literal segments that
/// differ (and <c>v1.0</c> → <c>v2</c>) change; every placeholder, hole, host and query stays as the user wrote it,
/// unless a placeholder rename is asked for.
/// </summary>
internal static class FlexRouteEdits
{
    /// <param name="match">The matched text.</param>
    /// <param name="placeholderRenames">Spec placeholder names to rename where the text uses exactly that name
    /// (<c>clusterName</c> → <c>name</c>); null to keep every placeholder.</param>
    /// <returns>The edits, in text order; null when the replacement's shape cannot be reached by editing segments.</returns>
    public static List<TextEdit>? Compute(SunsetRouteMatch match, IReadOnlyDictionary<string, string>? placeholderRenames)
    {
        var tenant = match.Pattern.Segments;
        var flex = match.Pattern.ReplacementSegments;
        var tenantRuns = LiteralRuns(tenant);
        var flexRuns = LiteralRuns(flex);
        if (flex.Length == 0 || tenantRuns.Count != flexRuns.Count)
        {
            return null;
        }

        var edits = new List<TextEdit>();
        if (match.IsLegacyApi)
        {
            var version = match.Segments[match.VersionIndex];
            edits.Add(new TextEdit(version.Start, version.Length, "v2"));
        }

        for (var run = 0; run < tenantRuns.Count; run++)
        {
            var (tenantFirst, tenantCount) = tenantRuns[run];
            var (flexFirst, flexCount) = flexRuns[run];
            var tenantText = string.Join("/", tenant, tenantFirst, tenantCount);
            var flexText = string.Join("/", flex, flexFirst, flexCount);
            if (tenantText != flexText)
            {
                if (tenantCount == 0 || flexCount == 0)
                {
                    return null;
                }

                var first = match.Segments[match.RootIndex + tenantFirst];
                var last = match.Segments[match.RootIndex + tenantFirst + tenantCount - 1];
                edits.Add(new TextEdit(first.Start, last.End - first.Start, flexText));
            }

            // The placeholder that follows this run, if any.
            var placeholderIndex = tenantFirst + tenantCount;
            if (placeholderIndex < tenant.Length && placeholderRenames is not null)
            {
                var spec = SunsetReplacementPaths.PlaceholderName(tenant[placeholderIndex]);
                var segment = match.Segments[match.RootIndex + placeholderIndex];
                if (placeholderRenames.TryGetValue(spec, out var newName)
                    && match.Text.Substring(segment.Start, segment.Length) == "{" + spec + "}")
                {
                    edits.Add(new TextEdit(segment.Start, segment.Length, "{" + newName + "}"));
                }
            }
        }

        return edits;
    }

    /// <summary>Every placeholder that a sunset path and its replacement name differently (<c>clusterName</c> → <c>name</c>, …).</summary>
    public static IReadOnlyList<(string Tenant, string Flex)> SpecParameterRenames() => AllRenames.Value;

    private static readonly System.Lazy<List<(string Tenant, string Flex)>> AllRenames = new(() =>
    {
        var renames = new List<(string, string)>();
        foreach (var op in Atlas.Client.Shared.SunsetCatalog.Operations)
        {
            if (op.ReplacementPath is null)
            {
                continue;
            }

            var tenant = Placeholders(op.Path.Split('/'));
            var flex = Placeholders(op.ReplacementPath.Split('/'));
            for (var i = 0; i < tenant.Count && i < flex.Count; i++)
            {
                if (tenant[i] != flex[i] && !renames.Contains((tenant[i], flex[i])))
                {
                    renames.Add((tenant[i], flex[i]));
                }
            }
        }

        return renames;
    });

    /// <summary>Each placeholder of the tenant path with the name the replacement path gives it at the same position.</summary>
    public static List<(string Tenant, string Flex)> PlaceholderNames(SunsetReplacementPaths pattern)
    {
        var tenant = Placeholders(pattern.Segments);
        var flex = Placeholders(pattern.ReplacementSegments);
        var pairs = new List<(string, string)>();
        for (var i = 0; i < tenant.Count && i < flex.Count; i++)
        {
            pairs.Add((tenant[i], flex[i]));
        }

        return pairs;
    }

    private static List<string> Placeholders(string[] segments)
    {
        var names = new List<string>();
        foreach (var segment in segments)
        {
            if (SunsetReplacementPaths.IsPlaceholder(segment))
            {
                names.Add(SunsetReplacementPaths.PlaceholderName(segment));
            }
        }

        return names;
    }

    /// <summary>The runs of literal segments between placeholders: always one more run than there are placeholders.</summary>
    private static List<(int First, int Count)> LiteralRuns(string[] segments)
    {
        var runs = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= segments.Length; i++)
        {
            if (i == segments.Length || SunsetReplacementPaths.IsPlaceholder(segments[i]))
            {
                runs.Add((start, i - start));
                start = i + 1;
            }
        }

        return runs;
    }
}
