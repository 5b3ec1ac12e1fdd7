using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Editing;

/// <summary>
/// One replacement in one document, in the coordinates of the solution the fix started from. Every fix is a set of
/// these: sets from different diagnostics combine, can be dropped again and re-applied in any order, and edits computed
/// under another preprocessor configuration apply to the same text.
/// </summary>
internal readonly struct SourceEdit : IEquatable<SourceEdit>
{
    public SourceEdit(DocumentId document, TextSpan span, string newText)
    {
        Document = document;
        Span = span;
        NewText = newText;
    }

    public DocumentId Document { get; }

    public TextSpan Span { get; }

    public string NewText { get; }

    public bool Equals(SourceEdit other) => Document == other.Document && Span == other.Span && NewText == other.NewText;

    public override bool Equals(object? obj) => obj is SourceEdit other && Equals(other);

    public override int GetHashCode() => (Document, Span, NewText).GetHashCode();

    /// <summary>Two edits that cannot both be applied: their spans overlap, or both insert at the same position.</summary>
    public bool ConflictsWith(SourceEdit other)
    {
        if (Document != other.Document || Equals(other))
        {
            return false;
        }

        if (Span.Length == 0 && other.Span.Length == 0)
        {
            return Span.Start == other.Span.Start;
        }

        // An insertion at the very start or end of a replaced span is ordered, not overlapping.
        return Span.Start < other.Span.End && other.Span.Start < Span.End;
    }

    public override string ToString() => $"{Span} -> \"{NewText}\"";
}
