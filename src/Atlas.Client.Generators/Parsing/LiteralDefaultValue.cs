using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Reads a parameter's default value from its syntax when that is a literal whose value needs no conversion to the
/// parameter's type (<c>null</c>, <c>default</c>, <c>true</c>, <c>5</c> on an <c>int</c>, <c>-0.5</c> on a
/// <c>double</c>, a string on a <c>string</c>). <see cref="IParameterSymbol.HasExplicitDefaultValue"/> binds the default
/// and runs the nullable walker on it, which was almost a quarter of the generator's transform; anything this class
/// cannot read with certainty (conversions, constants, casts, enums, attributes that supply defaults, code with errors)
/// is left to that binding.
/// </summary>
internal static class LiteralDefaultValue
{
    /// <summary>
    /// True when the syntax settles the default: <paramref name="hasDefault"/> and <paramref name="value"/> are then
    /// what <see cref="IParameterSymbol.HasExplicitDefaultValue"/> and <see cref="IParameterSymbol.ExplicitDefaultValue"/>
    /// would return.
    /// </summary>
    public static bool TryRead(IParameterSymbol parameter, CancellationToken cancellationToken, out bool hasDefault, out object? value)
    {
        hasDefault = false;
        value = null;
        if (parameter.RefKind != RefKind.None
            || parameter.IsParams
            || parameter.Type.TypeKind == TypeKind.Error
            || parameter.DeclaringSyntaxReferences.Length != 1
            || parameter.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ParameterSyntax syntax)
        {
            return false;
        }

        return TryRead(syntax, parameter.Type, out hasDefault, out value);
    }

    /// <summary>
    /// The same reading from the parameter's syntax and its bound type, for a parameter without modifiers (the generator's
    /// declaration-only path reads types without building the method's symbol).
    /// </summary>
    public static bool TryRead(ParameterSyntax syntax, ITypeSymbol parameterType, out bool hasDefault, out object? value)
    {
        hasDefault = false;
        value = null;
        if (parameterType.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (syntax.Default is null)
        {
            // Without '=', an attribute ([DefaultParameterValue], [DecimalConstant], an alias of either…) may still
            // supply a default; only a parameter without attributes certainly has none.
            return syntax.AttributeLists.Count == 0;
        }

        if (syntax.AttributeLists.SelectMany(list => list.Attributes).Any(MaySupplyDefault))
        {
            return false;
        }

        var expression = syntax.Default.Value;
        if (expression is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
        {
            expression = suppressed.Operand; // null! and default!: the '!' changes no value.
        }

        if (expression.ContainsDiagnostics)
        {
            return false;
        }

        var type = parameterType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : null;
        var target = type ?? parameterType;
        var canBeNull = type is not null || parameterType.IsReferenceType;
        hasDefault = true;
        switch (expression)
        {
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }:
                return canBeNull;

            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression }:
                // default of a struct that has no constant form (CancellationToken, Guid) is reported as null too.
                return canBeNull || (target.TypeKind == TypeKind.Struct && target.SpecialType == SpecialType.None);

            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } literal:
                value = literal.IsKind(SyntaxKind.TrueLiteralExpression);
                return target.SpecialType == SpecialType.System_Boolean;

            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression or (int)SyntaxKind.CharacterLiteralExpression or (int)SyntaxKind.NumericLiteralExpression } literal:
                value = literal.Token.Value;
                return value is not null && target.SpecialType == NaturalTypeOf(value) && IsFinite(value);

            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal }:
                value = Negate(literal.Token.Value);
                return value is not null && target.SpecialType == NaturalTypeOf(value) && IsFinite(value);

            default:
                return false;
        }
    }

    /// <summary>
    /// [Optional] and [DefaultParameterValue] beside an '=' are an error whose outcome is the binder's to decide. Any
    /// alias of them makes that error too, so only the plain names need looking at.
    /// </summary>
    private static bool MaySupplyDefault(AttributeSyntax attribute)
    {
        return ClientDeclarations.RightmostName(attribute.Name) is "Optional" or "OptionalAttribute" or "DefaultParameterValue" or "DefaultParameterValueAttribute";
    }

    private static SpecialType NaturalTypeOf(object value) => value switch
    {
        int => SpecialType.System_Int32,
        uint => SpecialType.System_UInt32,
        long => SpecialType.System_Int64,
        ulong => SpecialType.System_UInt64,
        float => SpecialType.System_Single,
        double => SpecialType.System_Double,
        decimal => SpecialType.System_Decimal,
        char => SpecialType.System_Char,
        string => SpecialType.System_String,
        _ => SpecialType.None,
    };

    // C# negates these literal types without changing the type; -(uint) and -(ulong) are long or an error.
    private static object? Negate(object? value) => value switch
    {
        int i => -i,
        long l => -l,
        float f => -f,
        double d => -d,
        decimal m => -m,
        _ => null,
    };

    private static bool IsFinite(object value) => value switch
    {
        float f => !float.IsNaN(f) && !float.IsInfinity(f),
        double d => !double.IsNaN(d) && !double.IsInfinity(d),
        _ => true,
    };
}
