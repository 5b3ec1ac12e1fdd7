using System;
using System.Collections.Generic;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Migration;

/// <summary>
/// Applies edits made on a string expression's value back to its source text, keeping the string's kind (regular,
/// verbatim, raw, interpolated), its holes and its concatenated operands. Each edit must fall inside one literal token;
/// the result is re-parsed and its literal values checked against the intended ones, so an escape sequence that the
/// text edit would have broken makes the rewrite refuse rather than produce a different string.
/// </summary>
internal static class SunsetTemplateRewriter
{
    public static ExpressionSyntax? Rewrite(RouteStringTemplate template, IReadOnlyList<TextEdit> edits)
    {
        var root = template.Root;
        var sourceEdits = new List<TextEdit>();
        var byToken = new Dictionary<SyntaxToken, List<TextEdit>>();
        foreach (var edit in edits)
        {
            if (edit.Length == 0 || !TryFindPiece(template, edit, out var piece))
            {
                return null;
            }

            var token = piece.Token;
            var valueOffset = edit.Start - piece.Start;
            var oldText = token.ValueText.Substring(valueOffset, edit.Length);
            var sourceOffset = FindSameOccurrence(token.ValueText, token.Text, oldText, valueOffset);
            if (sourceOffset < 0)
            {
                return null;
            }

            sourceEdits.Add(new TextEdit(token.SpanStart - root.SpanStart + sourceOffset, edit.Length, edit.NewText));
            if (!byToken.TryGetValue(token, out var tokenEdits))
            {
                byToken[token] = tokenEdits = new List<TextEdit>();
            }

            tokenEdits.Add(new TextEdit(valueOffset, edit.Length, edit.NewText));
        }

        // The intended value of every edited token: its value with this token's edits applied.
        var expectedValues = new Dictionary<SyntaxToken, string>();
        foreach (var pair in byToken)
        {
            expectedValues[pair.Key] = Apply(pair.Key.ValueText, pair.Value);
        }

        var newText = Apply(root.ToString(), sourceEdits);
        var parsed = SyntaxFactory.ParseExpression(newText, options: root.SyntaxTree.Options as CSharpParseOptions);
        if (parsed.ContainsDiagnostics || parsed.FullSpan.Length != newText.Length)
        {
            return null;
        }

        var oldTokens = new List<SyntaxToken>();
        var newTokens = new List<SyntaxToken>();
        RouteStringTemplate.CollectTextTokens(root, oldTokens);
        RouteStringTemplate.CollectTextTokens(parsed, newTokens);
        if (oldTokens.Count != newTokens.Count)
        {
            return null;
        }

        for (var i = 0; i < oldTokens.Count; i++)
        {
            var expected = expectedValues.TryGetValue(oldTokens[i], out var value) ? value : oldTokens[i].ValueText;
            if (newTokens[i].ValueText != expected || newTokens[i].RawKind != oldTokens[i].RawKind)
            {
                return null;
            }
        }

        return parsed.WithTriviaFrom(root);
    }

    private static bool TryFindPiece(RouteStringTemplate template, TextEdit edit, out TemplatePiece found)
    {
        foreach (var piece in template.Pieces)
        {
            if (piece.Kind == TemplatePieceKind.Text && piece.Start <= edit.Start && edit.End <= piece.End)
            {
                found = piece;
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>
    /// Where in the token's source text the same occurrence of <paramref name="oldText"/> is as at
    /// <paramref name="valueOffset"/> in its value (the n-th in both). Path segments are plain letters, so they are
    /// written as themselves unless someone escaped a letter; the caller's re-parse catches that case.
    /// </summary>
    private static int FindSameOccurrence(string value, string source, string oldText, int valueOffset)
    {
        var occurrence = 0;
        for (var at = value.IndexOf(oldText, StringComparison.Ordinal); at >= 0 && at < valueOffset; at = value.IndexOf(oldText, at + 1, StringComparison.Ordinal))
        {
            occurrence++;
        }

        var found = source.IndexOf(oldText, StringComparison.Ordinal);
        for (var i = 0; i < occurrence && found >= 0; i++)
        {
            found = source.IndexOf(oldText, found + 1, StringComparison.Ordinal);
        }

        return found;
    }

    private static string Apply(string text, List<TextEdit> edits)
    {
        edits.Sort(static (a, b) => b.Start.CompareTo(a.Start));
        foreach (var edit in edits)
        {
            text = text.Substring(0, edit.Start) + edit.NewText + text.Substring(edit.End);
        }

        return text;
    }
}
