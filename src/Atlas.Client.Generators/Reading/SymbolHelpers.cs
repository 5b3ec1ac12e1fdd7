using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Reading;

/// <summary>Symbol comparisons every reader of the API uses, with one rule each (generic types compare by definition).</summary>
internal static class SymbolHelpers
{
    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/>, or a construction of it.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
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

    /// <summary>Whether <paramref name="symbol"/> carries an attribute of exactly <paramref name="attributeType"/>.</summary>
    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute.AttributeClass, attributeType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="type"/> is <c>IAsyncEnumerable&lt;T&gt;</c>. By name, not by symbol: on .NET Standard it
    /// comes from Microsoft.Bcl.AsyncInterfaces, and a project can see it in two assemblies, where a metadata-name lookup
    /// finds none.
    /// </summary>
    public static bool IsAsyncEnumerable(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "IAsyncEnumerable", Arity: 1, ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };
}
