using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// The <c>#if</c>/<c>#elif</c>/<c>#else</c> branches of a document, each as the conditions that make it compiled (its own,
/// the earlier ones of its chain negated, and those of the branches it is nested in), so a configuration can be found
/// that compiles a branch no single flipped symbol reaches (<c>#if RECORDED_ATLAS &amp;&amp; !DEBUG</c>).
/// </summary>
internal sealed class PreprocessorBranch
{
    /// <summary>Symbols a branch may test before it is left out of the search (2^n symbol states are tried).</summary>
    public const int MaxSymbols = 8;

    private readonly List<(ExpressionSyntax Condition, bool Expected)> _terms;

    private PreprocessorBranch(List<(ExpressionSyntax Condition, bool Expected)> terms)
    {
        _terms = terms;
        Symbols = terms.SelectMany(t => t.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Select(n => n.Identifier.ValueText)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every symbol the branch's conditions test, sorted.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>Whether the branch is compiled with <paramref name="defined"/>; null when a condition is not understood.</summary>
    public bool? IsActive(ICollection<string> defined)
    {
        foreach (var (condition, expected) in _terms)
        {
            var value = Evaluate(condition, defined);
            if (value is null)
            {
                return null;
            }

            if (value != expected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The branches of <paramref name="root"/>, in document order.</summary>
    public static List<PreprocessorBranch> Of(SyntaxNode root)
    {
        var branches = new List<PreprocessorBranch>();
        // One frame per open #if: the terms of the branch it is nested in, the conditions its chain has tested so far,
        // and the terms of its current branch (what a nested #if inherits).
        var frames = new Stack<(List<(ExpressionSyntax, bool)> Outer, List<ExpressionSyntax> Tested, List<(ExpressionSyntax, bool)> Current)>();
        for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
        {
            switch (directive)
            {
                case IfDirectiveTriviaSyntax ifDirective:
                {
                    var outer = frames.Count > 0 ? frames.Peek().Current : new List<(ExpressionSyntax, bool)>();
                    var current = new List<(ExpressionSyntax, bool)>(outer) { (ifDirective.Condition, true) };
                    frames.Push((outer, new List<ExpressionSyntax> { ifDirective.Condition }, current));
                    branches.Add(new PreprocessorBranch(current));
                    break;
                }

                case ElifDirectiveTriviaSyntax elif when frames.Count > 0:
                {
                    var (outer, tested, _) = frames.Pop();
                    var current = Chain(outer, tested);
                    current.Add((elif.Condition, true));
                    tested.Add(elif.Condition);
                    frames.Push((outer, tested, current));
                    branches.Add(new PreprocessorBranch(current));
                    break;
                }

                case ElseDirectiveTriviaSyntax when frames.Count > 0:
                {
                    var (outer, tested, _) = frames.Pop();
                    var current = Chain(outer, tested);
                    frames.Push((outer, tested, current));
                    branches.Add(new PreprocessorBranch(current));
                    break;
                }

                case EndIfDirectiveTriviaSyntax when frames.Count > 0:
                    frames.Pop();
                    break;
            }
        }

        return branches;
    }

    private static List<(ExpressionSyntax, bool)> Chain(List<(ExpressionSyntax, bool)> outer, List<ExpressionSyntax> tested)
    {
        var terms = new List<(ExpressionSyntax, bool)>(outer);
        terms.AddRange(tested.Select(c => (c, false)));
        return terms;
    }

    private static bool? Evaluate(ExpressionSyntax expression, ICollection<string> defined)
    {
        switch (expression)
        {
            case IdentifierNameSyntax name:
                return defined.Contains(name.Identifier.ValueText);
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, defined);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression):
                return true;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression):
                return false;
            case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                return !Evaluate(not.Operand, defined);
            case BinaryExpressionSyntax binary:
            {
                var left = Evaluate(binary.Left, defined);
                var right = Evaluate(binary.Right, defined);
                if (left is null || right is null)
                {
                    return null;
                }

                return binary.Kind() switch
                {
                    SyntaxKind.LogicalAndExpression => left.Value && right.Value,
                    SyntaxKind.LogicalOrExpression => left.Value || right.Value,
                    SyntaxKind.EqualsExpression => left.Value == right.Value,
                    SyntaxKind.NotEqualsExpression => left.Value != right.Value,
                    _ => null,
                };
            }

            default:
                return null;
        }
    }
}
