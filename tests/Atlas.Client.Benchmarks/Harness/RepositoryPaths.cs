using System.Reflection;

namespace Atlas.Client.Benchmarks.Harness;

/// <summary>Where the repository, the Atlas API facts and the two generators' assemblies are on this machine.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds Generators.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>The verbatim OpenAPI subsets: <c>&lt;repo root&gt;/src/AtlasApiSpec/</c>, the repository's copy of ../shared/atlas-api.</summary>
    public static string AtlasApiFacts
    {
        get
        {
            var path = Path.Combine(Root, "src", "AtlasApiSpec");
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"The Atlas API facts are expected at '{path}' (in the repository), but that folder does not exist.");
        }
    }

    /// <summary>Refit 16.4.0's source generator, in the Refit package's analyzers folder.</summary>
    public static string RefitGeneratorAssembly => ExistingFile(BuildMetadata("RefitGeneratorPath"));

    /// <summary>Refit's runtime library (the compilations the generator-cost harness builds reference it).</summary>
    public static string RefitLibraryAssembly => ExistingFile(BuildMetadata("RefitLibraryPath"));

    /// <summary>Our generator as built in this configuration.</summary>
    public static string AtlasGeneratorAssembly => ExistingFile(BuildMetadata("AtlasGeneratorPath"));

    /// <summary>Our code fixes (and whatever analyzers that assembly holds) as built in this configuration.</summary>
    public static string AtlasCodeFixesAssembly => ExistingFile(BuildMetadata("AtlasCodeFixesPath"));

    /// <summary>A path under the repository's git-ignored <c>artifacts/</c> folder.</summary>
    public static string Artifacts(params string[] parts)
        => Path.Combine([Root, "artifacts", "benchmarks", .. parts]);

    private static string BuildMetadata(string key)
    {
        foreach (var attribute in typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == key && !string.IsNullOrEmpty(attribute.Value))
            {
                return attribute.Value;
            }
        }

        throw new InvalidOperationException($"The build did not record '{key}'; rebuild tests/Atlas.Client.Benchmarks.");
    }

    private static string ExistingFile(string path)
        => File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Expected '{path}'. Build the solution (or this project) in the same configuration first.", path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Generators.sln above '{AppContext.BaseDirectory}': run the benchmarks from the repository's build output.");
    }
}
