using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>
/// Loads the source generators of an analyzer assembly the way the compiler does (<see cref="AnalyzerFileReference"/>),
/// so Refit's package assembly and ours are treated identically.
/// </summary>
internal static class GeneratorLoader
{
    public static IReadOnlyList<ISourceGenerator> Load(string analyzerAssemblyPath)
    {
        var reference = new AnalyzerFileReference(analyzerAssemblyPath, new PathLoader());
        var failures = new List<string>();
        reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{e.TypeName}: {e.Message}");
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        if (failures.Count > 0 || generators.IsEmpty)
        {
            throw new InvalidOperationException(
                $"No usable generator in '{analyzerAssemblyPath}'. {string.Join("; ", failures)}");
        }

        return generators;
    }

    internal sealed class PathLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
