using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Migration;

/// <summary>
/// Writes a type's name where another type's name stood, so that it binds to that type there: the simple name when the
/// file's usings make it bind (and no type of the user's of that name is in the way), else the namespace-qualified name,
/// else <c>global::</c>. As the last part of a qualified name only the simple name can take the old one's place.
/// </summary>
internal static class TypeNameWriter
{
    /// <returns>The text to put in place of <paramref name="name"/>, or null when no spelling binds to <paramref name="type"/>.</returns>
    public static string? NameFor(INamedTypeSymbol type, IdentifierNameSyntax name, SemanticModel model)
    {
        if (name.Parent is QualifiedNameSyntax { Right: var right } && right == name
            || name.Parent is AliasQualifiedNameSyntax { Name: var aliased } && aliased == name
            || name.Parent is MemberAccessExpressionSyntax { Name: var member } && member == name)
        {
            var outer = (ExpressionSyntax)name.Parent;
            var speculative = outer.ReplaceNode(name, SyntaxFactory.IdentifierName(type.Name));
            return Binds(speculative, outer, type, model) ? type.Name : null;
        }

        foreach (var candidate in new[] { type.Name, type.ContainingNamespace.ToDisplayString() + "." + type.Name, "global::" + type.ToDisplayString() })
        {
            if (Binds(SyntaxFactory.ParseTypeName(candidate), name, type, model))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Binds(ExpressionSyntax candidate, ExpressionSyntax replaced, INamedTypeSymbol type, SemanticModel model)
    {
        if (!SyntaxFacts.IsInTypeOnlyContext(replaced)
            && Same(model.GetSpeculativeSymbolInfo(replaced.SpanStart, candidate, SpeculativeBindingOption.BindAsExpression).Symbol, type))
        {
            return true;
        }

        return Same(model.GetSpeculativeSymbolInfo(replaced.SpanStart, candidate, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol, type);
    }

    private static bool Same(ISymbol? bound, INamedTypeSymbol type)
        => SymbolEqualityComparer.Default.Equals(bound is IAliasSymbol alias ? alias.Target : bound, type);
}
