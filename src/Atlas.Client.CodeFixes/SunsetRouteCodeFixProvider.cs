using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// ATLAS0001: migrates an <c>[AtlasClient]</c> method from a tenant backup endpoint to its Flex twin — route,
/// version, parameter names, models and the method's own name — offered only when the result compiles.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SunsetRouteCodeFixProvider)), Shared]
public sealed class SunsetRouteCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "ATLAS0001.MigrateToFlex";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SunsetDiagnostics.RouteId);

    public override FixAllProvider GetFixAllProvider() => SunsetRouteFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (MethodOf(root, diagnostic) is not { } declaration
                || SunsetRouteMigrationPlan.Create(declaration, model, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Migrate to the Flex endpoint " + plan.Operation.ReplacementOperationId,
                    async cancellationToken =>
                    {
                        var annotation = SunsetRouteMigration.NewAnnotation();
                        var marked = context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, declaration.WithAdditionalAnnotations(annotation)));
                        return await SunsetRouteMigration.MigrateAsync(marked.Project.Solution, marked.Id, annotation, cancellationToken).ConfigureAwait(false);
                    },
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The method whose route the diagnostic is on.</summary>
    internal static MethodDeclarationSyntax? MethodOf(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<AttributeSyntax>()?.Parent?.Parent as MethodDeclarationSyntax;
}
