namespace Atlas.Client.CatalogTool;

/// <summary>One resource version of an operation and its sunset date, if it has one.</summary>
internal sealed record CatalogVersion(string Version, string? Sunset);

/// <summary>One operation (method + path) of the Admin API v2 catalog.</summary>
internal sealed record CatalogOperation(
    string Method, string Path, string OperationId, string? Override, bool Deprecated,
    IReadOnlyList<CatalogVersion> Versions, string? RemovedBy)
{
    public string Key => Method + " " + Path;
}

/// <summary>
/// A tenant operation, the names the migration guide uses for it, and its Flex replacement, each with MongoDB's
/// documentation page (<c>x-xgen-docs-url</c> of the newest OpenAPI subset that lists it; the replacement's is required).
/// </summary>
internal sealed record ReplacementRule(
    CatalogOperation Tenant, string OperationId, CatalogOperation Replacement, string ReplacementOperationId,
    string? Model, string? ReplacementModel, string? BodyModel, string? ReplacementBodyModel,
    string? DocsUrl, string ReplacementDocsUrl)
{
    /// <summary>The single resource version the tenant operation had (the one that was sunset).</summary>
    public CatalogVersion TenantVersion => Tenant.Versions.Single(v => v.Sunset is not null);

    /// <summary>The newest version of the replacement that has no sunset date.</summary>
    public string ReplacementVersion => Replacement.Versions.Where(v => v.Sunset is null && v.Version != "preview").Max(v => v.Version)!;
}

/// <summary>A model property that the Flex twin carries under another name.</summary>
internal sealed record MemberRename(string Model, string Member, string ReplacementModel, string ReplacementMember);

/// <summary>Everything the generated sources are written from.</summary>
internal sealed record Catalog(
    string Source, IReadOnlyList<CatalogOperation> Operations, IReadOnlyList<ReplacementRule> Rules, IReadOnlyList<MemberRename> MemberRenames);
