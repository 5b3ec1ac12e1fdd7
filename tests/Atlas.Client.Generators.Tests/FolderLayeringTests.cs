using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The compile-time assembly's folders depend on each other in one direction only, so a reader finds the one reading of
/// the API (Reading, Catalog) below everything that uses it, and a change to the emitter cannot reach the parser. Bound
/// with Roslyn over the real sources: every name a file uses is resolved, and the folder that declares it is a dependency.
/// </summary>
public sealed class FolderLayeringTests
{
    // What each folder may use besides itself. The root (ClientGenerator) wires everything; Internal and Shared (the
    // catalog tables linked from src/Shared) are leaves.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Shared"] = [],
        ["Internal"] = [],
        ["Catalog"] = ["Shared"],
        ["Descriptors"] = ["Catalog", "Shared"],
        ["Reading"] = ["Catalog", "Shared"],
        ["Emitting"] = ["Model"],
        ["Parsing"] = ["Model", "Reading", "Catalog", "Descriptors", "Shared"],
        ["Analyzers"] = ["Parsing", "Reading", "Catalog", "Descriptors", "Shared"],
        ["Analyzers/Spec/Supplied"] = ["Catalog", "Shared"],
        ["Analyzers/Spec"] = ["Analyzers", "Analyzers/Spec/Supplied", "Reading", "Catalog", "Descriptors", "Shared"],
        ["Analyzers/Sunset"] = ["Analyzers", "Reading", "Catalog", "Descriptors", "Shared"],
        ["(root)"] = ["Model", "Reading", "Catalog", "Descriptors", "Parsing", "Emitting", "Analyzers", "Shared"],
    };

    [Fact]
    public void Every_folder_uses_only_the_folders_below_it()
    {
        var edges = FolderDependencies();
        var broken = edges
            .Where(e => !Allowed.TryGetValue(e.From, out var allowed) || !allowed.Contains(e.To))
            .Select(e => $"{e.From} -> {e.To} ({e.Example})")
            .ToList();
        Assert.True(broken.Count == 0, "Folder dependencies outside the layering:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_layering_has_no_cycle_and_the_check_sees_real_dependencies()
    {
        // The allowed table itself must be acyclic, or the test above would accept a cycle.
        var visiting = new HashSet<string>();
        var done = new HashSet<string>();
        foreach (var folder in Allowed.Keys)
        {
            Visit(folder, []);
        }

        // And the binder must find the dependencies the table is about (a check that resolves nothing passes anything).
        var edges = FolderDependencies().Select(e => e.From + " -> " + e.To).ToHashSet();
        Assert.Contains("Parsing -> Reading", edges);
        Assert.Contains("Parsing -> Catalog", edges);
        Assert.Contains("Analyzers/Sunset -> Reading", edges);
        Assert.Contains("Analyzers/Spec -> Catalog", edges);
        Assert.Contains("Emitting -> Model", edges);

        void Visit(string folder, List<string> path)
        {
            if (done.Contains(folder))
            {
                return;
            }

            Assert.True(visiting.Add(folder), "Cycle in the allowed layering: " + string.Join(" -> ", path.Append(folder)));
            foreach (var next in Allowed.TryGetValue(folder, out var allowed) ? allowed : [])
            {
                Visit(next, [.. path, folder]);
            }

            visiting.Remove(folder);
            done.Add(folder);
        }
    }

    private static List<(string From, string To, string Example)> FolderDependencies()
    {
        var root = DiagnosticTests.FindRepositoryRoot();
        var project = Path.Combine(root, "src", "Atlas.Client.Generators");
        var files = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(project, f)))
            .Select(f => (Path: f, Folder: FolderOf(Path.GetRelativePath(project, f))))
            .Concat(Directory.GetFiles(Path.Combine(root, "src", "Shared"), "*.cs").Select(f => (Path: f, Folder: "Shared")))
            .ToList();
        var folderOfTree = new Dictionary<SyntaxTree, string>();
        var trees = new List<SyntaxTree>();
        foreach (var (path, folder) in files)
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path);
            trees.Add(tree);
            folderOfTree[tree] = folder;
        }

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(SyntaxNode).Assembly.Location, typeof(CSharpSyntaxTree).Assembly.Location])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Layering", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var edges = new Dictionary<(string, string), string>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var from = folderOfTree[tree];
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                var declaring = symbol is INamedTypeSymbol type ? type : symbol?.ContainingType;
                for (; declaring?.ContainingType is not null; declaring = declaring.ContainingType)
                {
                }

                var declaredIn = declaring?.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
                if (declaredIn is not null && folderOfTree.TryGetValue(declaredIn, out var to) && to != from)
                {
                    edges.TryAdd((from, to), $"{Path.GetFileName(tree.FilePath)} uses {declaring!.Name}");
                }
            }
        }

        return edges.Select(e => (e.Key.Item1, e.Key.Item2, e.Value)).OrderBy(e => e.Item1).ThenBy(e => e.Item2).ToList();
    }

    private static bool IsBuildOutput(string relative)
        => relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
           || relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary><c>Analyzers/Spec/SpecRouteAnalyzer.cs</c> → <c>Analyzers/Spec</c>; a file at the top → <c>(root)</c>.</summary>
    private static string FolderOf(string relative)
    {
        var directory = Path.GetDirectoryName(relative)!.Replace(Path.DirectorySeparatorChar, '/');
        return directory.Length == 0 ? "(root)" : directory;
    }
}
