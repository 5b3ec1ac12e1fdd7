using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.Infrastructure;

/// <summary>
/// The figures a part measured (cases run, faults survived, calls per second), shown in the test output and appended
/// to <c>artifacts/reliability/figures.md</c>, from which the README's reliability section is written.
/// </summary>
internal static class Figures
{
    private static readonly object Gate = new();

    public static void Report(ITestOutputHelper output, string part, IEnumerable<(string Name, string Value)> figures)
    {
        var lines = figures.Select(f => $"| {part} | {f.Name} | {f.Value} |").ToList();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        var directory = Path.Combine(RepositoryRoot(), "artifacts", "reliability");
        lock (Gate)
        {
            Directory.CreateDirectory(directory);
            File.AppendAllLines(Path.Combine(directory, "figures.md"), lines);
        }
    }

    /// <summary>Writes a file next to the figures and returns its path.</summary>
    public static string WriteArtifact(string fileName, string text)
    {
        var directory = Path.Combine(RepositoryRoot(), "artifacts", "reliability");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
