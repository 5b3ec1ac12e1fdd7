using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Atlas.Client.CatalogTool;

/// <summary>
/// MongoDB's documentation page of each operation that the OpenAPI subsets describe (<c>x-xgen-docs-url</c>). Several
/// subsets list the same method and path with different pages, because the spec renamed the operationId over time:
/// the subset with the newest date in its file name wins. Two subsets of the same date that disagree are an error.
/// </summary>
internal static partial class DocsUrlReader
{
    /// <summary>The page of each <c>METHOD path</c> (the key of <see cref="CatalogOperation.Key"/>).</summary>
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<string> subsetPaths)
    {
        var newest = new Dictionary<string, (string Date, string Url, string File)>(StringComparer.Ordinal);
        foreach (var file in subsetPaths)
        {
            var name = Path.GetFileName(file);
            var date = DateOf(name);
            using var subset = JsonDocument.Parse(File.ReadAllText(file));
            if (!subset.RootElement.TryGetProperty("paths", out var paths))
            {
                continue;
            }

            foreach (var path in paths.EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject())
                {
                    if (operation.Value.ValueKind != JsonValueKind.Object
                        || !operation.Value.TryGetProperty("x-xgen-docs-url", out var docs)
                        || docs.GetString() is not { Length: > 0 } url)
                    {
                        continue;
                    }

                    var key = operation.Name.ToUpperInvariant() + " " + path.Name;
                    if (!newest.TryGetValue(key, out var seen) || string.CompareOrdinal(date, seen.Date) > 0)
                    {
                        newest[key] = (date, url, name);
                    }
                    else if (date == seen.Date && url != seen.Url)
                    {
                        throw new InvalidDataException(
                            $"{key}: {seen.File} and {name}, both of {date}, give different x-xgen-docs-url ({seen.Url}, {url}); which is newer cannot be told.");
                    }
                }
            }
        }

        return newest.ToDictionary(e => e.Key, e => e.Value.Url, StringComparer.Ordinal);
    }

    /// <summary>The <c>yyyy-MM-dd</c> date that ends a subset's file name (<c>...-subset.2026-08-21.json</c>).</summary>
    private static string DateOf(string fileName)
    {
        var match = FileDate().Match(fileName);
        if (!match.Success || !DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new InvalidDataException($"OpenAPI subset '{fileName}' has no yyyy-MM-dd date before .json, so it cannot be ordered against the others.");
        }

        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"\.(\d{4}-\d{2}-\d{2})\.json$")]
    private static partial Regex FileDate();
}
