using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Reading;

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
    /// The whole string expression <paramref name="piece"/> belongs to, when <paramref name="trigger"/> is the first of
    /// its literal pieces that <paramref name="isTrigger"/> accepts (a concatenation may hold several, and the
    /// expression is reported once); otherwise null.
    /// </summary>
    public static ExpressionSyntax? RootForFirstTrigger(ExpressionSyntax piece, SyntaxToken trigger, System.Func<string, bool> isTrigger)
    {
        var root = FindRoot(piece);
        var first = new FirstTextMatching(isTrigger);
        WalkPieces(root, ref first);
        return first.Found is not { } found || found == trigger ? root : null;
    }

    /// <summary>The literal text tokens of a string expression in source order, found syntactically (no holes' insides).</summary>
    public static void CollectTextTokens(ExpressionSyntax expression, List<SyntaxToken> tokens)
    {
        var collector = new TextTokens(tokens);
        WalkPieces(expression, ref collector);
    }

    /// <summary>
    /// The operands of a string expression that may name a constant (<c>Name</c>, <c>Type.Name</c>): the parts of a
    /// concatenation and the holes of an interpolated string, found syntactically. Only a hole that is itself a name
    /// counts: Build folds a hole as one value, and a concatenation inside a hole is a string expression of its own.
    /// </summary>
    public static void CollectNamedOperands(ExpressionSyntax expression, List<ExpressionSyntax> operands)
    {
        var collector = new NamedOperands(operands);
        WalkPieces(expression, ref collector);
    }

    /// <summary>
    /// The one walk over a string expression's pieces, in source order: literal tokens and interpolated text go to
    /// <see cref="IStringPieceVisitor.Text"/>; concatenated operands that are not literals, and interpolation holes
    /// without alignment or format, go to <see cref="IStringPieceVisitor.Operand"/>. A visitor returning false ends it;
    /// the result says whether it ran to the end. A struct visitor, so a walk allocates nothing.
    /// </summary>
    public static bool WalkPieces<TVisitor>(ExpressionSyntax expression, ref TVisitor visitor)
        where TVisitor : struct, IStringPieceVisitor
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return visitor.Text(literal.Token);
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    var go = content switch
                    {
                        InterpolatedStringTextSyntax text => visitor.Text(text.TextToken),
                        InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole => visitor.Operand(hole.Expression),
                        _ => true,
                    };
                    if (!go)
                    {
                        return false;
                    }
                }

                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return WalkPieces(parenthesized.Expression, ref visitor);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return WalkPieces(binary.Left, ref visitor) && WalkPieces(binary.Right, ref visitor);
            default:
                return visitor.Operand(expression);
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

/// <summary>What <see cref="RouteStringTemplate.WalkPieces"/> tells about each piece; returning false ends the walk.</summary>
internal interface IStringPieceVisitor
{
    bool Text(SyntaxToken token);

    bool Operand(ExpressionSyntax operand);
}

internal struct TextTokens : IStringPieceVisitor
{
    private readonly List<SyntaxToken> _tokens;

    public TextTokens(List<SyntaxToken> tokens) => _tokens = tokens;

    public bool Text(SyntaxToken token)
    {
        _tokens.Add(token);
        return true;
    }

    public bool Operand(ExpressionSyntax operand) => true;
}

internal struct NamedOperands : IStringPieceVisitor
{
    private readonly List<ExpressionSyntax> _operands;

    public NamedOperands(List<ExpressionSyntax> operands) => _operands = operands;

    public bool Text(SyntaxToken token) => true;

    public bool Operand(ExpressionSyntax operand)
    {
        if (operand is IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression })
        {
            _operands.Add(operand);
        }

        return true;
    }
}

internal struct FirstTextMatching : IStringPieceVisitor
{
    private readonly System.Func<string, bool> _matches;

    public FirstTextMatching(System.Func<string, bool> matches)
    {
        _matches = matches;
        Found = null;
    }

    public SyntaxToken? Found { get; private set; }

    public bool Text(SyntaxToken token)
    {
        if (!_matches(token.ValueText))
        {
            return true;
        }

        Found = token;
        return false;
    }

    public bool Operand(ExpressionSyntax operand) => true;
}
