using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Parsing;

/// <summary>The types the parser compares against, looked up once per compilation.</summary>
internal sealed class KnownSymbols
{
    public const string AtlasClientAttributeName = "Atlas.Client.AtlasClientAttribute";
    public const string GeneratorName = "Atlas.Client.Generators";

    // The generator's transform runs once per interface, each time with the same Compilation: without this table every
    // interface paid for the 17 metadata-name walks over all references (the largest single cost in the transform).
    // Weak keys, so a compilation that is no longer used takes its symbols with it; GetValue is thread-safe, and
    // transforms may run in parallel. Symbols stay here, never in the cached model.
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> PerCompilation = new();

    /// <summary>The known symbols of <paramref name="compilation"/>, looked up on the first call for it.</summary>
    public static KnownSymbols For(Compilation compilation)
        => PerCompilation.GetValue(compilation, static c => new KnownSymbols(c));

    public KnownSymbols(Compilation compilation)
    {
        _buildJsonIndex = context => JsonContextIndex.Build(context, this);
        AtlasClientAttribute = compilation.GetTypeByMetadataName(AtlasClientAttributeName);
        AtlasRequestAttribute = compilation.GetTypeByMetadataName("Atlas.Client.AtlasRequestAttribute");
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

    private readonly ConcurrentDictionary<INamedTypeSymbol, JsonContextIndex> _jsonIndexes = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, JsonContextIndex> _buildJsonIndex;

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

    /// <summary>
    /// The index of a JSON context's <c>[JsonSerializable]</c> attributes, built on the first lookup of that context in
    /// this compilation (every method of every interface asks about <c>AtlasJsonContext</c>).
    /// </summary>
    public JsonContextIndex JsonIndexOf(INamedTypeSymbol context)
        => _jsonIndexes.GetOrAdd(context, _buildJsonIndex);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>
    /// Whether <paramref name="type"/> is <c>IAsyncEnumerable&lt;T&gt;</c>. By name, not by symbol: on .NET Standard it
    /// comes from Microsoft.Bcl.AsyncInterfaces, and a project can see it in two assemblies, where a metadata-name lookup
    /// finds none.
    /// </summary>
    public static bool IsAsyncEnumerable(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "IAsyncEnumerable", Arity: 1, ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
