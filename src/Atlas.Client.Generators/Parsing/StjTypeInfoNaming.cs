using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// The name the System.Text.Json source generator gives a type's <c>JsonTypeInfo</c> property on a context when
/// <c>TypeInfoPropertyName</c> is not set: the simple name, then the names of all type arguments in scope (containing
/// types' first), recursively; arrays add <c>Array</c> (rank 1) or <c>Array{rank}D</c>. So <c>List&lt;Link&gt;</c> is
/// <c>ListLink</c>, <c>int?</c> is <c>NullableInt32</c>, <c>Link[]</c> is <c>LinkArray</c>.
/// </summary>
internal static class StjTypeInfoNaming
{
    public static string PropertyNameOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            var suffix = array.Rank == 1 ? "Array" : "Array" + array.Rank + "D";
            return PropertyNameOf(array.ElementType) + suffix;
        }

        if (type is not INamedTypeSymbol named || !named.IsGenericType)
        {
            return type.Name;
        }

        var builder = new StringBuilder(named.Name);
        foreach (var argument in AllTypeArgumentsInScope(named))
        {
            builder.Append(PropertyNameOf(argument));
        }

        return builder.ToString();
    }

    private static List<ITypeSymbol> AllTypeArgumentsInScope(INamedTypeSymbol type)
    {
        var containing = new Stack<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            containing.Push(current);
        }

        var arguments = new List<ITypeSymbol>();
        while (containing.Count > 0)
        {
            arguments.AddRange(containing.Pop().TypeArguments);
        }

        return arguments;
    }
}
