using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The real System.Text.Json source generator, taken from the same .NET 8 reference pack the test compilations
/// reference, so a user's JsonSerializerContext in a test source gets its Default property exactly as in a real build.
/// </summary>
internal static class JsonSourceGenerator
{
    public static async Task<ISourceGenerator[]> LoadAsync()
    {
        var systemRuntime = (await References.ForAsync(false))
            .OfType<PortableExecutableReference>()
            .First(r => Path.GetFileName(r.FilePath) == "System.Runtime.dll");

        // <pack>/ref/net8.0/System.Runtime.dll -> <pack>/analyzers/dotnet/cs/System.Text.Json.SourceGeneration.dll
        var pack = Directory.GetParent(systemRuntime.FilePath!)!.Parent!.Parent!.FullName;
        var path = Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        var reference = new AnalyzerFileReference(path, new Loader());
        return reference.GetGenerators(LanguageNames.CSharp).ToArray();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
