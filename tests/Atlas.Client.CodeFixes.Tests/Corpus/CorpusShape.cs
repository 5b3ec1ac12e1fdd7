using System.Runtime.CompilerServices;

namespace Atlas.Client.CodeFixes.Tests.Corpus;

/// <summary>
/// One real-world code shape: a small solution under <c>Corpus/Shapes/{Name}/before</c>, one folder a project, and the
/// migrated text every way of applying the fixes must reach, under <c>after</c> (with the ATLAS diagnostics left, and why,
/// in <c>after/remaining.txt</c>). Projects reference the ones before them in <see cref="ProjectOrder"/>.
/// </summary>
internal sealed class CorpusShape
{
    /// <summary>Lib is referenced by App, both by Tests; any other project comes last and references all three.</summary>
    private static readonly string[] ProjectOrder = ["Lib", "App", "Tests"];

    private CorpusShape(string name, string folder, IReadOnlyList<CorpusProject> projects)
    {
        Name = name;
        Folder = folder;
        Projects = projects;
    }

    public string Name { get; }

    public string Folder { get; }

    public IReadOnlyList<CorpusProject> Projects { get; }

    public string AfterFolder => Path.Combine(Folder, "after");

    public static string ShapesFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Shapes");

    public static IEnumerable<string> Names()
        => Directory.GetDirectories(ShapesFolder()).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static CorpusShape Load(string name)
    {
        var folder = Path.Combine(ShapesFolder(), name);
        var before = Path.Combine(folder, "before");
        var projects = Directory.GetDirectories(before)
            .Select(d => Path.GetFileName(d)!)
            .OrderBy(p => Array.IndexOf(ProjectOrder, p) is var i and >= 0 ? i : ProjectOrder.Length)
            .ThenBy(p => p, StringComparer.Ordinal)
            .Select(p => new CorpusProject(p, Directory.GetFiles(Path.Combine(before, p), "*.cs", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(Path.Combine(before, p), f).Replace('\\', '/'), File.ReadAllText(f).ReplaceLineEndings("\n")))
                .ToList()))
            .ToList();
        return new CorpusShape(name, folder, projects);
    }

    /// <summary>A shape written in a test rather than under Shapes/ (no snapshot).</summary>
    public static CorpusShape Inline(string name, params (string Project, string Path, string Text)[] documents)
        => new(name, Path.Combine(Path.GetTempPath(), "atlas-corpus-inline", name), documents
            .GroupBy(d => d.Project)
            .OrderBy(g => Array.IndexOf(ProjectOrder, g.Key) is var i and >= 0 ? i : ProjectOrder.Length)
            .Select(g => new CorpusProject(g.Key, g.Select(d => (d.Path, d.Text)).ToList()))
            .ToList());

    public override string ToString() => Name;
}

/// <summary>One project of a shape: its name and its documents (path relative to the project folder, text).</summary>
internal sealed record CorpusProject(string Name, IReadOnlyList<(string Path, string Text)> Documents);
