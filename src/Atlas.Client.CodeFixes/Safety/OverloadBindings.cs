using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Atlas.Client.CodeFixes.Migration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// Which overload each call to a method of the solution binds to, as diagnostics the build guard counts like
/// any other: a fix that changes a type can move a call to another overload and still compile
/// (<c>Log.Line(BackupTenantSnapshot)</c> retyped to the Flex model sends the package's tenant client's answers to
/// <c>Log.Line(object)</c>). An overload is named by its type and its parameter types, with every tenant model and Flex
/// twin written as one placeholder: a fix renames methods and retypes models in place, and a call that moves from
/// <c>Print(BackupTenantSnapshot)</c> to <c>Print(FlexBackupSnapshot)</c> follows the migration, so only a move to a
/// different parameter list (<c>object</c>, an interface) counts as new. Every call counts, not only those to methods
/// that are overloaded now: a rename can make a method an overload (the second of two tenant overloads renamed to the
/// Flex name the first one took).
/// </summary>
internal static class OverloadBindings
{
    public const string Id = "ATLASCALL";

    /// <summary>The property that names the overload a call binds to; part of the guard's key.</summary>
    public const string TargetProperty = "target";

    // Never reported to a user: the guard only counts it, so it is not a rule of the analyzer release tracking.
#pragma warning disable RS2008
    private static readonly DiagnosticDescriptor Descriptor = new(
        Id,
        "A call binds to another overload after the fix",
        "This call to '{0}' binds to the overload {1}",
        "AtlasFixSafety",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);
#pragma warning restore RS2008

    /// <summary>One diagnostic per call in <paramref name="tree"/> to a method declared in the solution.</summary>
    public static IEnumerable<Diagnostic> Of(SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol called
                || Declaration(called) is not { } target)
            {
                continue;
            }

            yield return Diagnostic.Create(
                Descriptor,
                invocation.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(TargetProperty, target),
                called.Name,
                target);
        }
    }

    /// <summary>A source method's type and parameter types, models as a placeholder; null for any other method.</summary>
    private static string? Declaration(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (method.MethodKind != MethodKind.Ordinary
            || method.ContainingType is not { } type
            || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var parameters = method.Parameters.Select(p => p.RefKind + " " + Normalized(p.Type));
        return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "(" + string.Join(", ", parameters) + ")";
    }

    /// <summary>The type's name with every tenant model and Flex twin in it (type arguments, arrays) as <c>@model</c>.</summary>
    private static string Normalized(ITypeSymbol type) => type switch
    {
        _ when ModelTwins.IsTenantModel(type) || ModelTwins.IsTwin(type) => "@model",
        IArrayTypeSymbol array => Normalized(array.ElementType) + "[]",
        INamedTypeSymbol { IsGenericType: true } generic => generic.ConstructedFrom.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            + "<" + string.Join(", ", generic.TypeArguments.Select(Normalized)) + ">",
        _ => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
    };
}
