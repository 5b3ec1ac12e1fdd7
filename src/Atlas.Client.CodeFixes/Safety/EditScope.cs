using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// Whether an edit can change what code elsewhere binds to. An edit inside a member's body (a block, an expression
/// body, a top-level statement, a non-constant field or property initializer) cannot: only declarations are visible
/// from other documents. A constant's value can (attribute arguments, case labels), so a constant is a declaration.
/// </summary>
internal static class EditScope
{
    public static async Task<bool> IsInsideMemberBodyAsync(Solution solution, SourceEdit edit, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(edit.Document);
        var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || edit.Span.End > root.FullSpan.End)
        {
            return false;
        }

        var node = root.FindNode(edit.Span, findInsideTrivia: true, getInnermostNodeForTie: true);
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case GlobalStatementSyntax:
                    return true;
                case BlockSyntax or ArrowExpressionClauseSyntax when IsBodyOfMember(current.Parent) && Inside(edit, current):
                    return true;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } } value
                    when !field.Modifiers.Any(SyntaxKind.ConstKeyword) && Inside(edit, value.Value):
                    return true;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } initializer when Inside(edit, initializer.Value):
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool IsBodyOfMember(SyntaxNode? parent)
        => parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
            or AnonymousFunctionExpressionSyntax or BasePropertyDeclarationSyntax;

    private static bool Inside(SourceEdit edit, SyntaxNode node) => node.Span.Start <= edit.Span.Start && edit.Span.End <= node.Span.End;
}
