using System.Text;

namespace Atlas.Client.CodeFixes.Tests.Corpus;

/// <summary>
/// The expected result of a shape: under <c>after/</c> every document as the fixes leave it, and <c>remaining.txt</c>
/// with the ATLAS diagnostics still reported (the fixes declined them; each shape's notes say why). Set the environment
/// variable <c>ATLAS_UPDATE_SNAPSHOTS=1</c> to write them from the current results instead of comparing (then review
/// the diff: a snapshot is only as right as the person who accepted it).
/// </summary>
internal static class CorpusSnapshot
{
    public const string RemainingFile = "remaining.txt";

    public static bool Updating => Environment.GetEnvironmentVariable("ATLAS_UPDATE_SNAPSHOTS") == "1";

    public static void Write(CorpusShape shape, IReadOnlyDictionary<string, string> texts, IEnumerable<string> remaining)
    {
        if (Directory.Exists(shape.AfterFolder))
        {
            Directory.Delete(shape.AfterFolder, recursive: true);
        }

        foreach (var (path, text) in texts)
        {
            var file = Path.Combine(shape.AfterFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        File.WriteAllText(Path.Combine(shape.AfterFolder, RemainingFile), string.Concat(remaining.Select(l => l + "\n")));
    }

    /// <summary>Every difference from the snapshot, as readable lines; empty when they agree.</summary>
    public static List<string> Compare(CorpusShape shape, IReadOnlyDictionary<string, string> texts, IEnumerable<string> remaining)
    {
        var differences = new List<string>();
        if (!Directory.Exists(shape.AfterFolder))
        {
            differences.Add($"no snapshot in {shape.AfterFolder}: run with ATLAS_UPDATE_SNAPSHOTS=1 and review it");
            return differences;
        }

        var expectedFiles = Directory.GetFiles(shape.AfterFolder, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(shape.AfterFolder, f).Replace('\\', '/'), f => File.ReadAllText(f).ReplaceLineEndings("\n"));
        foreach (var path in expectedFiles.Keys.Union(texts.Keys).Order(StringComparer.Ordinal))
        {
            expectedFiles.TryGetValue(path, out var expected);
            texts.TryGetValue(path, out var actual);
            if (expected != actual)
            {
                differences.Add($"{path}:\n{Diff(expected ?? "", actual ?? "")}");
            }
        }

        var expectedRemaining = File.ReadAllText(Path.Combine(shape.AfterFolder, RemainingFile)).ReplaceLineEndings("\n");
        var actualRemaining = string.Concat(remaining.Select(l => l + "\n"));
        if (expectedRemaining != actualRemaining)
        {
            differences.Add($"{RemainingFile}:\n{Diff(expectedRemaining, actualRemaining)}");
        }

        return differences;
    }

    /// <summary>The lines that differ, with "-" for the snapshot's and "+" for the result's (a plain line-by-line LCS).</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var text = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                text.Append("  + ").Append(b[y++]).Append('\n');
            }
            else
            {
                text.Append("  - ").Append(a[x++]).Append('\n');
            }
        }

        return text.ToString();
    }
}
