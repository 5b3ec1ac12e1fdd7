using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Reading;

/// <summary>
/// The types the generator, the analyzers and the code fixes compare against, looked up once per compilation. The one
/// place that spells their metadata names.
/// </summary>
internal sealed class WellKnownTypes
{
    public const string AtlasClientAttributeName = "Atlas.Client.AtlasClientAttribute";
    public const string AtlasRequestAttributeName = "Atlas.Client.AtlasRequestAttribute";

    // The generator's transform runs once per interface and each analyzer once per compilation, each time with the same
    // Compilation: without this table every interface paid for the 17 metadata-name walks over all references (the
    // largest single cost in the transform). Weak keys, so a compilation that is no longer used takes its symbols with
    // it; GetValue is thread-safe, and transforms and analyzers may run in parallel. Symbols stay here, never in the
    // generator's cached model.
    private static readonly ConditionalWeakTable<Compilation, WellKnownTypes> PerCompilation = new();

    /// <summary>The well-known types of <paramref name="compilation"/>, looked up on the first call for it.</summary>
    public static WellKnownTypes For(Compilation compilation)
        => PerCompilation.GetValue(compilation, static c => new WellKnownTypes(c));

    private WellKnownTypes(Compilation compilation)
    {
        Compilation = compilation;
        AtlasClientAttribute = compilation.GetTypeByMetadataName(AtlasClientAttributeName);
        AtlasRequestAttribute = compilation.GetTypeByMetadataName(AtlasRequestAttributeName);
        QueryAttribute = compilation.GetTypeByMetadataName("Atlas.Client.QueryAttribute");
        BodyAttribute = compilation.GetTypeByMetadataName("Atlas.Client.BodyAttribute");
        AtlasJsonContext = compilation.GetTypeByMetadataName("Atlas.Client.AtlasJsonContext");
        AtlasPage = compilation.GetTypeByMetadataName("Atlas.Client.AtlasPage`1");
        AtlasResponse = compilation.GetTypeByMetadataName("Atlas.Client.AtlasResponse");
        AtlasResponseOfT = compilation.GetTypeByMetadataName("Atlas.Client.AtlasResponse`1");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        Guid = compilation.GetTypeByMetadataName("System.Guid");
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        JsonSerializerContext = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");
        JsonSerializableAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializableAttribute");
        GeneratedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
    }

    /// <summary>The compilation these types belong to.</summary>
    public Compilation Compilation { get; }

    /// <summary>True when the compilation references Atlas.Client (both attribute types resolve).</summary>
    public bool ReferencesAtlasClient => AtlasClientAttribute is not null && AtlasRequestAttribute is not null;

    public INamedTypeSymbol? AtlasClientAttribute { get; }

    public INamedTypeSymbol? AtlasRequestAttribute { get; }

    public INamedTypeSymbol? QueryAttribute { get; }

    public INamedTypeSymbol? BodyAttribute { get; }

    public INamedTypeSymbol? AtlasJsonContext { get; }

    public INamedTypeSymbol? AtlasPage { get; }

    public INamedTypeSymbol? AtlasResponse { get; }

    public INamedTypeSymbol? AtlasResponseOfT { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Guid { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol? JsonSerializerContext { get; }

    public INamedTypeSymbol? JsonSerializableAttribute { get; }

    public INamedTypeSymbol? GeneratedCodeAttribute { get; }

    /// <summary>Whether <paramref name="symbol"/> carries <c>[AtlasClient]</c>.</summary>
    public bool IsAtlasClient(ISymbol symbol) => SymbolHelpers.HasAttribute(symbol, AtlasClientAttribute);
}
