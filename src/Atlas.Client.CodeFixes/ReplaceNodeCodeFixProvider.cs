using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// A fix that replaces the one node a diagnostic is on, inside its document. The single fix and Fix All (document,
/// project, solution) share <see cref="Replacement"/>, so both produce exactly the same text.
/// </summary>
public abstract class ReplaceNodeCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Replacement(root, model, diagnostic, context.CancellationToken) is { } replacement)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        replacement.Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(replacement.Old, replacement.New))),
                        replacement.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The node to replace, its replacement, the action's title and equivalence key; null when the fix is not offered.</summary>
    private protected abstract (SyntaxNode Old, SyntaxNode New, string Title, string EquivalenceKey)? Replacement(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    private async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            // Fix All applies the one kind of fix the user chose, named by its equivalence key.
            if (Replacement(root, model, diagnostic, context.CancellationToken) is { } replacement
                && replacement.EquivalenceKey == context.CodeActionEquivalenceKey)
            {
                replacements[replacement.Old] = replacement.New;
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }
}
