using System.Text.Json;

namespace Atlas.Client.CatalogTool;

/// <summary>
/// Reads operations-catalog.json, flex-replacements.json and the docs pages of the OpenAPI subsets, failing loudly on
/// anything unexpected.
/// </summary>
internal static class CatalogReader
{
    /// <summary>Reads the catalog, the rules and the docs pages of the OpenAPI subsets beside the catalog.</summary>
    public static Catalog Read(string catalogPath, string rulesPath) => Read(catalogPath, rulesPath, CatalogPaths.OpenApiSubsets(catalogPath));

    public static Catalog Read(string catalogPath, string rulesPath, IEnumerable<string> subsetPaths)
    {
        var docsUrls = DocsUrlReader.Read(subsetPaths);
        using var catalog = JsonDocument.Parse(File.ReadAllText(catalogPath));
        var source = catalog.RootElement.GetProperty("_source").GetString() ?? "";
        var operations = new List<CatalogOperation>();
        foreach (var op in catalog.RootElement.GetProperty("operations").EnumerateArray())
        {
            var versions = new List<CatalogVersion>();
            foreach (var version in op.GetProperty("versions").EnumerateObject())
            {
                versions.Add(new CatalogVersion(version.Name, version.Value.ValueKind == JsonValueKind.Null ? null : version.Value.GetString()));
            }

            operations.Add(new CatalogOperation(
                Required(op, "method"), Required(op, "path"), Required(op, "operationId"), Optional(op, "override"),
                op.GetProperty("deprecated").GetBoolean(), versions, Optional(op, "removedBy")));
        }

        var byKey = operations.ToDictionary(o => o.Key);
        using var rulesDocument = JsonDocument.Parse(File.ReadAllText(rulesPath));
        var rules = new List<ReplacementRule>();
        foreach (var rule in rulesDocument.RootElement.GetProperty("rules").EnumerateArray())
        {
            var tenant = Lookup(byKey, Required(rule, "tenant"));
            var replacement = Lookup(byKey, Required(rule, "replacement"));
            var replacementDocsUrl = docsUrls.TryGetValue(replacement.Key, out var url)
                ? url
                : throw new InvalidDataException(
                    $"No OpenAPI subset beside the catalog gives an x-xgen-docs-url for {replacement.Key}, the replacement of {tenant.Key}: "
                    + "the sunset diagnostics link to that page.");
            rules.Add(new ReplacementRule(
                tenant, Required(rule, "operationId"), replacement, Required(rule, "replacementOperationId"),
                Optional(rule, "model"), Optional(rule, "replacementModel"), Optional(rule, "bodyModel"), Optional(rule, "replacementBodyModel"),
                docsUrls.TryGetValue(tenant.Key, out var tenantUrl) ? tenantUrl : null, replacementDocsUrl));
        }

        var renames = new List<MemberRename>();
        if (rulesDocument.RootElement.TryGetProperty("memberRenames", out var memberRenames))
        {
            foreach (var rename in memberRenames.EnumerateArray())
            {
                var model = Required(rename, "model");
                var replacementModel = Required(rename, "replacementModel");
                if (!rules.Any(r => r.Model == model && r.ReplacementModel == replacementModel))
                {
                    throw new InvalidDataException($"memberRenames names {model} -> {replacementModel}, which no rule pairs.");
                }

                renames.Add(new MemberRename(model, Required(rename, "member"), replacementModel, Required(rename, "replacementMember")));
            }
        }

        return new Catalog(source, operations, rules, renames);
    }

    private static CatalogOperation Lookup(Dictionary<string, CatalogOperation> byKey, string key)
        => byKey.TryGetValue(key, out var op) ? op : throw new InvalidDataException($"flex-replacements.json names '{key}', which operations-catalog.json does not have.");

    private static string Required(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"Missing '{name}' in {element}.");

    private static string? Optional(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
