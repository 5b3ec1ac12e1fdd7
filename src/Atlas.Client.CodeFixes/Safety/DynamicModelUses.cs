using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Atlas.Client.CodeFixes.Migration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// Every place a value of an Atlas model becomes <c>dynamic</c>, as diagnostics the build guard counts per model: code
/// that reads a model through <c>dynamic</c> (<c>row.ClusterName</c>) binds at run time, so a fix that hands it the Flex
/// twin instead compiles and then throws (<c>FlexBackupRestoreJob</c> has no <c>ClusterName</c>). Such a fix adds a use
/// of the twin the original did not have, which the guard declines.
/// </summary>
internal static class DynamicModelUses
{
    public const string Id = "ATLASDYN";

    // Never reported to a user: the guard only counts it, so it is not a rule of the analyzer release tracking.
#pragma warning disable RS2008
    private static readonly DiagnosticDescriptor Descriptor = new(
        Id,
        "A model value is used through dynamic",
        "A '{0}' is used through dynamic here; the fix cannot see which members it reads",
        "AtlasFixSafety",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);
#pragma warning restore RS2008

    /// <summary>One diagnostic per expression of <paramref name="tree"/> whose Atlas model value converts to <c>dynamic</c>.</summary>
    public static IEnumerable<Diagnostic> Of(SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        if (text.IndexOf("dynamic", StringComparison.Ordinal) < 0)
        {
            yield break;
        }

        foreach (var expression in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            // Names are TypeSyntax too (a local's name is an IdentifierNameSyntax), so every expression is asked.
            if (expression is not ExpressionSyntax)
            {
                continue;
            }

            var info = model.GetTypeInfo(expression, cancellationToken);
            if (info.ConvertedType?.TypeKind != TypeKind.Dynamic
                || info.Type is not INamedTypeSymbol type
                || !(ModelTwins.IsTenantModel(type) || ModelTwins.IsTwin(type)))
            {
                continue;
            }

            yield return Diagnostic.Create(
                Descriptor,
                expression.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(OverloadBindings.TargetProperty, type.Name),
                type.Name);
        }
    }
}
