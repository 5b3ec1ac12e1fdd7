using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// Strings that must stay distinct: the keys of one dictionary, the elements of one set, the values one variable is
/// compared with. Code written for the migration often names the tenant and the Flex path side by side; rewriting the
/// tenant one would make two of them one, which compiles and behaves differently, so ATLAS0003's fix asks here first.
/// </summary>
internal static class SiblingStrings
{
    /// <summary>
    /// Whether a sibling of <paramref name="expression"/> (an element of the same initializer or collection expression, or
    /// a string compared with the same value in the same member) already has the value (a string literal of any kind) or
    /// the syntax (an interpolated string or a concatenation, ignoring trivia) that <paramref name="rewritten"/> would give it.
    /// Only siblings: two tenant strings in unrelated places of a file become equal after the fix because they were equal.
    /// </summary>
    public static bool AlreadySpell(SyntaxNode root, ExpressionSyntax expression, string rewritten)
    {
        if (SiblingContext(expression) is not { } context)
        {
            return false;
        }

        var replacement = SyntaxFactory.ParseExpression(rewritten);
        foreach (var other in root.DescendantNodes().OfType<ExpressionSyntax>())
        {
            if (other.Span.IntersectsWith(expression.Span) || SiblingContext(other) != context)
            {
                continue;
            }

            var same = replacement is LiteralExpressionSyntax a
                ? a.IsKind(SyntaxKind.StringLiteralExpression) && other is LiteralExpressionSyntax b
                    && b.IsKind(SyntaxKind.StringLiteralExpression) && a.Token.ValueText == b.Token.ValueText
                : replacement.RawKind == other.RawKind && replacement.IsEquivalentTo(other, topLevel: false);
            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where an expression stands among values that must stay distinct: the outermost initializer or collection expression
    /// it is an element, key or value of, or the member and the other operand of an <c>==</c>/<c>!=</c> it is compared in.
    /// </summary>
    private static string? SiblingContext(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node.Parent is BinaryExpressionSyntax comparison
            && (comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression)))
        {
            var other = comparison.Left == node ? comparison.Right : comparison.Left;
            return "compare|" + comparison.FirstAncestorOrSelf<MemberDeclarationSyntax>()?.SpanStart + "|" + other.WithoutTrivia().ToString();
        }

        SyntaxNode? outermost = null;
        for (var current = node.Parent;
             current is InitializerExpressionSyntax or CollectionExpressionSyntax or ExpressionElementSyntax
                 or ArgumentSyntax { Parent: BracketedArgumentListSyntax } or BracketedArgumentListSyntax or ImplicitElementAccessSyntax
                 or AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax };
             current = current.Parent)
        {
            if (current is InitializerExpressionSyntax or CollectionExpressionSyntax)
            {
                outermost = current;
            }
        }

        return outermost is null ? null : "elements|" + outermost.SpanStart;
    }
}
