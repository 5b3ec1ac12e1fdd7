using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Writes a parameter's default value as C# source, so that the generated public method keeps the interface's optional
/// parameters (<c>client.GetFlexBackupAsync(g, n, s)</c> works on the class too), with the suffix or cast its type needs.
/// </summary>
internal static class DefaultValueFormatter
{
    public static string? Format(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (!LiteralDefaultValue.TryRead(parameter, cancellationToken, out var hasDefault, out var value))
        {
            return FormatBound(parameter);
        }

        return hasDefault ? Format(parameter.Type, value) : null;
    }

    /// <summary>The default as the binder sees it: what <see cref="Format(IParameterSymbol, CancellationToken)"/> must always agree with.</summary>
    internal static string? FormatBound(IParameterSymbol parameter)
        => parameter.HasExplicitDefaultValue ? Format(parameter.Type, parameter.ExplicitDefaultValue) : null;

    /// <summary>A default value read from syntax (<see cref="LiteralDefaultValue"/>) as C# source for a parameter of <paramref name="parameterType"/>.</summary>
    internal static string Format(ITypeSymbol parameterType, object? value)
    {
        if (value is null)
        {
            // The generated file is '#nullable enable': a null default on a reference type the user did not annotate
            // (non-nullable, or oblivious in a nullable-disabled project) would warn CS8625 in code they cannot edit.
            return parameterType.IsValueType || parameterType.NullableAnnotation == NullableAnnotation.Annotated ? "default" : "default!";
        }

        var type = parameterType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameterType;
        if (type.TypeKind == TypeKind.Enum)
        {
            var underlying = Literal(value);
            return "(" + type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")" +
                (underlying.StartsWith("-", StringComparison.Ordinal) ? "(" + underlying + ")" : underlying);
        }

        return Literal(value);
    }

    private static string Literal(object value) => value switch
    {
        bool b => b ? "true" : "false",
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        float f when float.IsNaN(f) => "float.NaN",
        float f when float.IsPositiveInfinity(f) => "float.PositiveInfinity",
        float f when float.IsNegativeInfinity(f) => "float.NegativeInfinity",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
        double d when double.IsNaN(d) => "double.NaN",
        double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
        double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
        uint ui => ui.ToString(CultureInfo.InvariantCulture) + "U",
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => "default",
    };
}
