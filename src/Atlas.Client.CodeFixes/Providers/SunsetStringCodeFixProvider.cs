using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.CodeFixes.Repairs;
using Atlas.Client.CodeFixes.Safety;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// ATLAS0003: rewrites a string that addresses a tenant backup endpoint to the Flex path, in place, keeping its kind, holes
/// and operands. A constant that an <c>[AtlasClient]</c> route uses is not rewritten: the route's version and models
/// would stay the tenant ones (the build guard sees the ATLAS0103 that would follow). Nor is a string whose Flex path a
/// sibling already spells: code that names both paths (a fake answering the tenant path 410 and the Flex path 200, a
/// dictionary or set keyed by both) would compile and then behave differently, with two keys or branches become one.
/// Nor is a string for an operation whose <c>[AtlasClient]</c> route is kept on purpose (<see cref="KeptTenantRoutes"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SunsetStringCodeFixProvider)), Shared]
public sealed class SunsetStringCodeFixProvider : GuardedCodeFixProvider
{
    public const string EquivalenceKey = "ATLAS0003.RewriteToFlexPath";

    private protected override ImmutableArray<IRepairRule> RepairRules => ImmutableArray<IRepairRule>.Empty;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SunsetDiagnostics.StringId);

    private protected override async Task<FixUnit?> CreateUnitAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression || model is null)
        {
            return null;
        }

        var template = RouteStringTemplate.Build(expression, model, cancellationToken);
        var match = SunsetRouteMatch.TryMatch(template.Text);
        if (match is not null
            && (await session.KeptTenantRoutes.ForAsync(document.Project, cancellationToken).ConfigureAwait(false)).Contains(match.Operation.OperationId))
        {
            return null; // the operation's route is kept on purpose: this string most likely serves it (a replay)
        }

        var edits = match is null ? null : FlexRouteEdits.Compute(match, placeholderRenames: null);
        var rewritten = edits is null ? null : SunsetTemplateRewriter.Rewrite(template, edits);
        return rewritten is null || SiblingStrings.AlreadySpell(root, expression, rewritten.ToString())
            ? null
            : SingleEdit(document, diagnostic, expression.Span, rewritten.ToString(), "Rewrite to the Flex path (" + match!.Operation.ReplacementOperationId + ")", EquivalenceKey);
    }
}
