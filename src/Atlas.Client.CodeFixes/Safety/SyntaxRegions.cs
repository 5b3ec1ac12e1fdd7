using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// The stretches of source a build problem can come from: the statement or member it is in, and the part of a
/// declaration that other code sees (a method's signature, a local's declaration, a type's attributes and bases).
/// </summary>
internal static class SyntaxRegions
{
    /// <summary>The innermost statement around <paramref name="node"/>; outside statements, its member.</summary>
    public static TextSpan Statement(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is StatementSyntax)
            {
                return current.Span;
            }

            if (current is MemberDeclarationSyntax or UsingDirectiveSyntax)
            {
                return Member(current);
            }
        }

        return node.Span;
    }

    /// <summary>The member around <paramref name="node"/> (all of it), a type's header, a using directive, or the node itself.</summary>
    public static TextSpan Member(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseTypeDeclarationSyntax type:
                    return Header(type);
                case MemberDeclarationSyntax or UsingDirectiveSyntax:
                    return current.Span;
            }
        }

        return node.Span;
    }

    /// <summary>What other code sees of a declaration: signature, type, initializer of a local or constant.</summary>
    public static TextSpan Declaration(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case MethodDeclarationSyntax method:
                return FromStartTo(method, method.ConstraintClauses.LastOrDefault()?.Span.End ?? method.ParameterList.Span.End);
            case LocalFunctionStatementSyntax local:
                return FromStartTo(local, local.ConstraintClauses.LastOrDefault()?.Span.End ?? local.ParameterList.Span.End);
            case BaseMethodDeclarationSyntax other:
                return FromStartTo(other, other.ParameterList.Span.End);
            case PropertyDeclarationSyntax property:
                return FromStartTo(property, property.Identifier.Span.End);
            case IndexerDeclarationSyntax indexer:
                return FromStartTo(indexer, indexer.ParameterList.Span.End);
            case EventDeclarationSyntax @event:
                return FromStartTo(@event, @event.Identifier.Span.End);
            case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: { } holder } declarationList }:
                return holder is LocalDeclarationStatementSyntax or BaseFieldDeclarationSyntax ? holder.Span : declarationList.Span;
            case SingleVariableDesignationSyntax designation:
                return (designation.Parent ?? designation).Span;
            case ForEachStatementSyntax forEach:
                return FromStartTo(forEach, forEach.CloseParenToken.Span.End);
            case BaseTypeDeclarationSyntax type:
                return Header(type);
            default:
                return declaration.Span;
        }
    }

    private static TextSpan Header(BaseTypeDeclarationSyntax type)
        => type.OpenBraceToken.IsMissing || type.OpenBraceToken.Span.Length == 0 ? type.Span : FromStartTo(type, type.OpenBraceToken.SpanStart);

    private static TextSpan FromStartTo(SyntaxNode node, int end) => TextSpan.FromBounds(node.SpanStart, end);
}
