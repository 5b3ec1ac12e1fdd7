using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Atlas.Client.Generators.Analyzers.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// Fixes of the spec-aware analyzer: a resource version the operation offers and is not sunset (ATLAS0101-0103),
/// and the closest operation's path for a route with a typo (ATLAS0104). The analyzer decides the replacement and
/// passes it in the diagnostic's properties, so fix and message always agree.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpecRouteCodeFixProvider)), Shared]
public sealed class SpecRouteCodeFixProvider : ReplaceNodeCodeFixProvider
{
    public const string VersionEquivalenceKey = "AtlasSpec.UseRecommendedVersion";
    public const string RouteEquivalenceKey = "ATLAS0104.UseClosestOperation";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        SpecDiagnostics.VersionSunsetId, SpecDiagnostics.VersionDeprecatedId, SpecDiagnostics.VersionNotOfferedId, SpecDiagnostics.UnknownOperationId);

    private protected override (SyntaxNode Old, SyntaxNode New, string Title, string EquivalenceKey)? Replacement(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return null;
        }

        if (diagnostic.Properties.TryGetValue(SpecDiagnostics.SuggestedVersionProperty, out var version) && version is not null)
        {
            return (expression, Literal(version, expression), "Use version " + version, VersionEquivalenceKey);
        }

        // Only a route written as a literal here is rewritten: a constant declared elsewhere may serve other routes.
        if (diagnostic.Properties.TryGetValue(SpecDiagnostics.SuggestedRouteProperty, out var route) && route is not null
            && expression is LiteralExpressionSyntax)
        {
            return (expression, Literal(route, expression), "Use " + route, RouteEquivalenceKey);
        }

        return null;
    }

    private static LiteralExpressionSyntax Literal(string value, ExpressionSyntax replaced)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(replaced);
}
