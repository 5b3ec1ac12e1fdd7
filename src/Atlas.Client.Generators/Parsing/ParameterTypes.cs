using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Parsing;

/// <summary>Which parameter types the runtime can write into a path segment or a query value.</summary>
internal static class ParameterTypes
{
    /// <summary>The type inside <c>Nullable&lt;T&gt;</c>, or the type itself.</summary>
    public static ITypeSymbol Underlying(ITypeSymbol type, out bool isNullableValueType)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            isNullableValueType = true;
            return nullable.TypeArguments[0];
        }

        isNullableValueType = false;
        return type;
    }

    /// <summary>
    /// For a route value: <c>""</c> for a string, the cast that picks the runtime's overload for a number
    /// (<c>long</c>/<c>ulong</c>: both are implicit from the smaller integers, which would be ambiguous), <c>"Guid"</c>
    /// for a Guid, or null when the type cannot be a route value.
    /// </summary>
    public static string? RouteFormat(ITypeSymbol underlying, WellKnownTypes known)
    {
        switch (underlying.SpecialType)
        {
            case SpecialType.System_String:
                return string.Empty;
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
                return "long";
            case SpecialType.System_Byte:
            case SpecialType.System_UInt16:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
                return "ulong";
        }

        return SymbolHelpers.Is(underlying, known.Guid) ? "Guid" : null;
    }

    /// <summary>Whether the runtime has a query overload for the type (each one takes the nullable form).</summary>
    public static bool IsQueryFormattable(ITypeSymbol underlying, WellKnownTypes known)
    {
        switch (underlying.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Boolean:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_DateTime:
                return true;
        }

        return SymbolHelpers.Is(underlying, known.Guid) || SymbolHelpers.Is(underlying, known.DateTimeOffset);
    }
}
