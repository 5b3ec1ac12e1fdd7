using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.CodeFixes.Repairs;
using Atlas.Client.CodeFixes.Safety;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// Fixes of the spec-aware analyzers: a resource version the operation offers and is not sunset (ATLAS0101-0103, and
/// the stable version in place of a preview one, ATLAS0109),
/// and the closest operation's path for a route or URL string with a typo (ATLAS0104). The analyzer decides the
/// replacement and passes it in the diagnostic's properties, so fix and message always agree.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpecRouteCodeFixProvider)), Shared]
public sealed class SpecRouteCodeFixProvider : GuardedCodeFixProvider
{
    public const string VersionEquivalenceKey = "AtlasSpec.UseRecommendedVersion";
    public const string RouteEquivalenceKey = "ATLAS0104.UseClosestOperation";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        SpecDiagnostics.VersionSunsetId, SpecDiagnostics.VersionDeprecatedId, SpecDiagnostics.VersionNotOfferedId, SpecDiagnostics.UnknownOperationId,
        SpecDiagnostics.PreviewVersionId);

    private protected override ImmutableArray<IRepairRule> RepairRules => ImmutableArray<IRepairRule>.Empty;

    private protected override async Task<FixUnit?> CreateUnitAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return null;
        }

        if (diagnostic.Properties.TryGetValue(SpecDiagnostics.SuggestedVersionProperty, out var version) && version is not null)
        {
            return SingleEdit(document, diagnostic, expression.Span, Literal(version), VersionTitle(version, expression, model, cancellationToken), VersionEquivalenceKey);
        }

        if (diagnostic.Properties.TryGetValue(SpecDiagnostics.SuggestedRouteProperty, out var route) && route is not null
            && RewriteRoute(expression, route, model, cancellationToken) is { } rewritten)
        {
            return SingleEdit(document, diagnostic, expression.Span, rewritten.ToString(), "Use " + route, RouteEquivalenceKey);
        }

        return null;
    }

    /// <summary>
    /// The route or URL string edited in place to <paramref name="route"/>: the analyzer changed whole literal
    /// segments only, so the two texts have the same segments and each one that differs is one edit. The rewriter
    /// keeps the string's kind, holes and operands, and refuses an edit outside a literal written here (a constant
    /// declared elsewhere may serve other routes), so then no fix is offered.
    /// </summary>
    private static ExpressionSyntax? RewriteRoute(ExpressionSyntax expression, string route, SemanticModel model, CancellationToken cancellationToken)
    {
        var template = RouteStringTemplate.Build(expression, model, cancellationToken);
        var before = RoutePath.Split(template.Text);
        var after = RoutePath.Split(route);
        if (before.Count != after.Count)
        {
            return null;
        }

        var edits = new List<TextEdit>();
        var edited = new StringBuilder(template.Text);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var segment = route.Substring(after[i].Start, after[i].Length);
            if (template.Text.Substring(before[i].Start, before[i].Length) != segment)
            {
                edits.Add(new TextEdit(before[i].Start, before[i].Length, segment));
                edited.Remove(before[i].Start, before[i].Length).Insert(before[i].Start, segment);
            }
        }

        // Anything but segments differing (it cannot, today) would be lost by segment edits: then no fix.
        return edits.Count == 0 || edited.ToString() != route ? null : SunsetTemplateRewriter.Rewrite(template, edits);
    }

    /// <summary>
    /// "Use version X". Atlas gives a new resource version when a schema changes, and the catalog does not say how, so
    /// when the method reads or sends a model of the user's own (not one of the package's, which follow their version)
    /// the title says to check it against the new version's schema.
    /// </summary>
    private static string VersionTitle(string version, ExpressionSyntax versionArgument, SemanticModel model, CancellationToken cancellationToken)
    {
        var title = "Use version " + version;
        if (versionArgument.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } method)
        {
            return title;
        }

        var models = new List<string>();
        AddModels(method.ReturnType, models);
        foreach (var parameter in method.Parameters)
        {
            if (parameter.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Atlas.Client.BodyAttribute"))
            {
                AddModels(parameter.Type, models);
            }
        }

        return models.Count == 0 ? title : title + " (its schema may differ: check " + string.Join(", ", models.Distinct()) + " against it)";
    }

    private static void AddModels(ITypeSymbol type, List<string> models)
    {
        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
        {
            if (type is IArrayTypeSymbol array)
            {
                AddModels(array.ElementType, models);
            }

            return;
        }

        if (named.ContainingNamespace?.ToDisplayString() is "Atlas.Client" or "System" or "System.Threading.Tasks" or "System.Collections.Generic")
        {
            foreach (var argument in named.TypeArguments)
            {
                AddModels(argument, models);
            }

            return;
        }

        models.Add(named.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
    }

    private static string Literal(string value) => SyntaxFactory.Literal(value).ToString();
}
