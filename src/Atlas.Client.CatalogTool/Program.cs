using Atlas.Client.CatalogTool;

// Regenerates (or, with "check", verifies) the catalog sources from src/AtlasApiSpec/operations-catalog.json.
var check = args.Contains("check") || args.Contains("--check");
var root = CatalogPaths.FindRepositoryRoot(Directory.GetCurrentDirectory())
    ?? CatalogPaths.FindRepositoryRoot(AppContext.BaseDirectory)
    ?? throw new DirectoryNotFoundException("Run the tool inside the Atlas.Client repository (no Generators.sln found above the current directory).");

var catalog = CatalogReader.Read(CatalogPaths.CatalogJson(root), CatalogPaths.RulesJson(root));
var outputs = new[]
{
    (Path: CatalogPaths.SpecCatalogData(root), Text: CatalogWriter.SpecCatalogData(catalog)),
    (Path: CatalogPaths.SunsetCatalog(root), Text: CatalogWriter.SunsetCatalog(catalog)),
};

var stale = 0;
foreach (var (path, text) in outputs)
{
    var current = File.Exists(path) ? File.ReadAllText(path) : null;
    if (current == text)
    {
        Console.WriteLine($"up to date: {Path.GetRelativePath(root, path)}");
    }
    else if (check)
    {
        Console.Error.WriteLine($"stale: {Path.GetRelativePath(root, path)} (run the tool to regenerate it)");
        stale++;
    }
    else
    {
        File.WriteAllText(path, text);
        Console.WriteLine($"wrote: {Path.GetRelativePath(root, path)}");
    }
}

Console.WriteLine($"{catalog.Operations.Count} operations, {catalog.Rules.Count} replacement rules.");
return stale == 0 ? 0 : 1;
