using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes;

/// <summary>ATLAS0003: rewrites a string that addresses a tenant backup endpoint to the Flex path, in place.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SunsetStringCodeFixProvider)), Shared]
public sealed class SunsetStringCodeFixProvider : ReplaceNodeCodeFixProvider
{
    public const string EquivalenceKey = "ATLAS0003.RewriteToFlexPath";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SunsetDiagnostics.StringId);

    private protected override (SyntaxNode Old, SyntaxNode New, string Title, string EquivalenceKey)? Replacement(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return null;
        }

        var template = RouteStringTemplate.Build(expression, model, cancellationToken);
        var match = SunsetRouteMatch.TryMatch(template.Text);
        var edits = match is null ? null : FlexRouteEdits.Compute(match, placeholderRenames: null);
        var rewritten = edits is null ? null : SunsetTemplateRewriter.Rewrite(template, edits);
        return rewritten is null ? null : (expression, rewritten, "Rewrite to the Flex path (" + match!.Operation.ReplacementOperationId + ")", EquivalenceKey);
    }
}
