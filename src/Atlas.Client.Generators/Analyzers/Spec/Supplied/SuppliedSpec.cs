using Atlas.Client.Generators.Catalog;

namespace Atlas.Client.Generators.Analyzers.Spec.Supplied;

/// <summary>
/// The Admin API operations of a spec file a project supplies (<c>&lt;AtlasApiSpec Include="…" /&gt;</c>), as
/// <see cref="OpenApiSpecReader"/> read them: parsed once per distinct content and shared, never changed afterwards.
/// </summary>
internal sealed class SuppliedSpec
{
    public SuppliedSpec(string openApiVersion, SpecOperation[] operations)
    {
        OpenApiVersion = openApiVersion;
        Operations = operations;
    }

    /// <summary>The document's <c>openapi</c> field (<c>3.0.1</c> in MongoDB's).</summary>
    public string OpenApiVersion { get; }

    /// <summary>Every operation under <c>/api/atlas/v2</c>, one per method and path, in the document's order.</summary>
    public SpecOperation[] Operations { get; }
}
