using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>Where a stretch of a <see cref="RouteStringTemplate"/>'s text comes from.</summary>
internal enum TemplatePieceKind
{
    /// <summary>The value of a string literal token or of the text part of an interpolated string: editable in place.</summary>
    Text,

    /// <summary>The value of a constant that is not written here (a <c>const</c> field, a constant interpolation hole).</summary>
    Constant,

    /// <summary>A value only known at run time (an interpolation hole, a non-constant operand), written <c>{}</c>.</summary>
    Hole,
}

/// <summary>One stretch of a <see cref="RouteStringTemplate"/>'s text.</summary>
internal readonly struct TemplatePiece
{
    public TemplatePiece(TemplatePieceKind kind, SyntaxToken token, int start, int length)
    {
        Kind = kind;
        Token = token;
        Start = start;
        Length = length;
    }

    public TemplatePieceKind Kind { get; }

    /// <summary>For <see cref="TemplatePieceKind.Text"/>, the token whose value this is.</summary>
    public SyntaxToken Token { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;
}

/// <summary>
/// The text a string expression evaluates to, as far as the compiler knows it: literals (regular, verbatim, raw),
/// interpolated strings and <c>+</c> concatenations, with constants folded in and every run-time value written as
/// the placeholder <c>{}</c>, so that a path built from variables still has a recognisable shape.
/// </summary>
internal sealed class RouteStringTemplate
{
    public const string HoleText = "{}";

    private RouteStringTemplate(ExpressionSyntax root, string text, ImmutableArray<TemplatePiece> pieces)
    {
        Root = root;
        Text = text;
        Pieces = pieces;
    }

    public ExpressionSyntax Root { get; }

    public string Text { get; }

    public ImmutableArray<TemplatePiece> Pieces { get; }

    /// <summary>
    /// The whole string expression a literal or interpolated string belongs to: the outermost concatenation or
    /// parenthesis around it. A <c>+</c> with a string operand is a string concatenation, so no semantic model is needed.
    /// </summary>
    public static ExpressionSyntax FindRoot(ExpressionSyntax piece)
    {
        var current = piece;
        while (current.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
        {
            current = (ExpressionSyntax)current.Parent;
        }

        return current;
    }

    /// <summary>
    /// The whole string expression of <paramref name="trigger"/> (a text token of <paramref name="piece"/>) when that
    /// token is the first of the expression for which <paramref name="isTrigger"/> holds; null for a later one. A
    /// concatenation may hold several pieces that trigger an analysis: only the first goes on, so the expression is
    /// analysed and reported once.
    /// </summary>
    public static ExpressionSyntax? RootForFirstTrigger(ExpressionSyntax piece, SyntaxToken trigger, System.Func<string, bool> isTrigger)
    {
        var root = FindRoot(piece);
        var tokens = new List<SyntaxToken>();
        CollectTextTokens(root, tokens);
        foreach (var token in tokens)
        {
            if (isTrigger(token.ValueText))
            {
                return token == trigger ? root : null;
            }
        }

        return root;
    }

    /// <summary>The literal text tokens of a string expression in source order, found syntactically (no holes' insides).</summary>
    public static void CollectTextTokens(ExpressionSyntax expression, List<SyntaxToken> tokens)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                tokens.Add(literal.Token);
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        tokens.Add(text.TextToken);
                    }
                }

                break;
            case ParenthesizedExpressionSyntax parenthesized:
                CollectTextTokens(parenthesized.Expression, tokens);
                break;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                CollectTextTokens(binary.Left, tokens);
                CollectTextTokens(binary.Right, tokens);
                break;
        }
    }

    /// <summary>
    /// The operands of a string expression that may name a constant (<c>Name</c>, <c>Type.Name</c>): the parts of a
    /// concatenation and the holes of an interpolated string, found syntactically.
    /// </summary>
    public static void CollectNamedOperands(ExpressionSyntax expression, List<ExpressionSyntax> operands)
    {
        switch (expression)
        {
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }:
                operands.Add(expression);
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    // Only a hole that is itself a name: Build folds a hole as one value, and a concatenation inside a
                    // hole is a string expression of its own, looked at on its own.
                    if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null, Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } } hole)
                    {
                        operands.Add(hole.Expression);
                    }
                }

                break;
            case ParenthesizedExpressionSyntax parenthesized:
                CollectNamedOperands(parenthesized.Expression, operands);
                break;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                CollectNamedOperands(binary.Left, operands);
                CollectNamedOperands(binary.Right, operands);
                break;
        }
    }

    public static RouteStringTemplate Build(ExpressionSyntax root, SemanticModel model, CancellationToken cancellationToken)
    {
        var builder = new Builder(model, cancellationToken);
        builder.Add(root);
        return new RouteStringTemplate(root, builder.Text.ToString(), builder.Pieces.ToImmutable());
    }

    private sealed class Builder
    {
        private readonly SemanticModel _model;
        private readonly CancellationToken _cancellationToken;

        public Builder(SemanticModel model, CancellationToken cancellationToken)
        {
            _model = model;
            _cancellationToken = cancellationToken;
        }

        public StringBuilder Text { get; } = new();

        public ImmutableArray<TemplatePiece>.Builder Pieces { get; } = ImmutableArray.CreateBuilder<TemplatePiece>();

        public void Add(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    Append(TemplatePieceKind.Text, literal.Token, literal.Token.ValueText);
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax text)
                        {
                            Append(TemplatePieceKind.Text, text.TextToken, text.TextToken.ValueText);
                        }
                        else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole)
                        {
                            AddValue(hole.Expression);
                        }
                        else
                        {
                            Append(TemplatePieceKind.Hole, default, HoleText);
                        }
                    }

                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    Add(parenthesized.Expression);
                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && IsString(binary):
                    Add(binary.Left);
                    Add(binary.Right);
                    break;
                default:
                    AddValue(expression);
                    break;
            }
        }

        private void AddValue(ExpressionSyntax expression)
        {
            var constant = _model.GetConstantValue(expression, _cancellationToken);
            if (constant.HasValue)
            {
                Append(TemplatePieceKind.Constant, default, System.Convert.ToString(constant.Value, CultureInfo.InvariantCulture) ?? string.Empty);
            }
            else
            {
                Append(TemplatePieceKind.Hole, default, HoleText);
            }
        }

        private bool IsString(ExpressionSyntax expression)
            => _model.GetTypeInfo(expression, _cancellationToken).Type?.SpecialType == SpecialType.System_String;

        private void Append(TemplatePieceKind kind, SyntaxToken token, string value)
        {
            Pieces.Add(new TemplatePiece(kind, token, Text.Length, value.Length));
            Text.Append(value);
        }
    }
}
