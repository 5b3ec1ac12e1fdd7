using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    // The last table built from scratch, offered to the next compilation: an edit makes a new Compilation over the same
    // bound references, and 17 metadata-name walks over ~170 references per edit were a third of the generator's
    // per-edit cost. Reused only when the result is certainly the same (see ReusedFor).
    private static volatile WellKnownTypes? s_last;

    private static readonly string[] MetadataNames =
    {
        AtlasClientAttributeName, AtlasRequestAttributeName, "Atlas.Client.QueryAttribute", "Atlas.Client.BodyAttribute",
        "Atlas.Client.AtlasJsonContext", "Atlas.Client.AtlasPage`1", "Atlas.Client.AtlasResponse", "Atlas.Client.AtlasResponse`1",
        "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask`1",
        "System.Threading.CancellationToken", "System.Guid", "System.DateTimeOffset",
        "System.Text.Json.Serialization.JsonSerializerContext", "System.Text.Json.Serialization.JsonSerializableAttribute",
        "System.CodeDom.Compiler.GeneratedCodeAttribute",
    };

    private readonly INamedTypeSymbol?[] _types;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly IAssemblySymbol? _corLibrary;
    private readonly bool _allFromMetadata;

    /// <summary>The well-known types of <paramref name="compilation"/>, looked up on the first call for it.</summary>
    public static WellKnownTypes For(Compilation compilation)
        => PerCompilation.GetValue(compilation, static c =>
        {
            if (s_last?.ReusedFor(c) is { } reused)
            {
                return reused;
            }

            var built = new WellKnownTypes(c, MetadataNames.Select(c.GetTypeByMetadataName).ToArray());
            s_last = built;
            return built;
        });

    private WellKnownTypes(Compilation compilation, INamedTypeSymbol?[] types)
    {
        Compilation = compilation;
        _types = types;
        _references = compilation.ExternalReferences;
        _corLibrary = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
        _allFromMetadata = types.All(t => t is null || t.DeclaringSyntaxReferences.IsEmpty);
        AtlasClientAttribute = types[0];
        AtlasRequestAttribute = types[1];
        QueryAttribute = types[2];
        BodyAttribute = types[3];
        AtlasJsonContext = types[4];
        AtlasPage = types[5];
        AtlasResponse = types[6];
        AtlasResponseOfT = types[7];
        Task = types[8];
        TaskOfT = types[9];
        ValueTaskOfT = types[10];
        CancellationToken = types[11];
        Guid = types[12];
        DateTimeOffset = types[13];
        JsonSerializerContext = types[14];
        JsonSerializableAttribute = types[15];
        GeneratedCodeAttribute = types[16];
    }

    /// <summary>
    /// This table for <paramref name="compilation"/> when the lookups would certainly find the same symbols: the same
    /// reference objects bound to the very same assembly symbols (the corlib's proves the binding was reused, as Roslyn
    /// does for a compilation derived by an edit), and neither compilation declaring any of the names in source (a
    /// source type wins the lookup). Else null, and the names are looked up.
    /// </summary>
    private WellKnownTypes? ReusedFor(Compilation compilation)
    {
        if (!_allFromMetadata
            || compilation.Language != Compilation.Language
            || !compilation.ExternalReferences.SequenceEqual(_references, ReferenceEqualityComparer.Instance)
            || !compilation.DirectiveReferences.IsEmpty
            || !ReferenceEquals(compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly, _corLibrary))
        {
            return null;
        }

        foreach (var name in MetadataNames)
        {
            if (compilation.Assembly.GetTypeByMetadataName(name) is not null)
            {
                return null;
            }
        }

        return new WellKnownTypes(compilation, _types);
    }

    /// <summary>Reference identity, for <see cref="MetadataReference"/> lists (netstandard2.0 has no such comparer).</summary>
    private sealed class ReferenceEqualityComparer : IEqualityComparer<MetadataReference>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

        public int GetHashCode(MetadataReference obj) => RuntimeHelpers.GetHashCode(obj);
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
