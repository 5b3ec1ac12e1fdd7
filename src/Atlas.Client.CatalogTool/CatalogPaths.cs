namespace Atlas.Client.CatalogTool;

/// <summary>Where the tool reads and writes, relative to the repository root (the folder of Generators.sln).</summary>
internal static class CatalogPaths
{
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository's verbatim copy of ../shared/atlas-api (see src/AtlasApiSpec/README.md).</summary>
    public static string CatalogJson(string root) => Path.Combine(root, "src", "AtlasApiSpec", "operations-catalog.json");

    /// <summary>The OpenAPI subsets beside the catalog (<c>*.openapi*.json</c>), which carry each operation's docs page.</summary>
    public static string[] OpenApiSubsets(string catalogJson)
    {
        var subsets = Directory.GetFiles(Path.GetDirectoryName(catalogJson)!, "*.openapi*.json");
        Array.Sort(subsets, StringComparer.Ordinal);
        return subsets;
    }

    public static string RulesJson(string root) => Path.Combine(root, "src", "Atlas.Client.CatalogTool", "flex-replacements.json");

    public static string SpecCatalogData(string root) => Path.Combine(root, "src", "Atlas.Client.Generators", "Catalog", "SpecCatalogData.g.cs");

    public static string SunsetCatalog(string root) => Path.Combine(root, "src", "Shared", "SunsetCatalog.g.cs");
}
