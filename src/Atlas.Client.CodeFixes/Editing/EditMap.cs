using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Editing;

/// <summary>
/// Maps between a document's original text and its text after a set of non-conflicting edits: where an edit's new
/// text is, and where an unedited stretch of the new text was before.
/// </summary>
internal sealed class EditMap
{
    private readonly List<SourceEdit> _edits;

    public EditMap(IEnumerable<SourceEdit> edits) => _edits = EditOrder.Sort(edits);

    public IReadOnlyList<SourceEdit> Edits => _edits;

    /// <summary>The span that <paramref name="edit"/>'s new text occupies in the edited text.</summary>
    public TextSpan NewSpanOf(SourceEdit edit)
    {
        var shift = 0;
        foreach (var other in _edits)
        {
            if (other.Equals(edit))
            {
                break;
            }

            shift += other.NewText.Length - other.Span.Length;
        }

        return new TextSpan(edit.Span.Start + shift, edit.NewText.Length);
    }

    /// <summary>
    /// The original span of a stretch of the edited text, or null when it touches the text of an edit (that text did
    /// not exist before, so there is nothing to map it to).
    /// </summary>
    public TextSpan? ToOriginal(TextSpan newSpan)
    {
        var shift = 0;
        foreach (var edit in _edits)
        {
            var newStart = edit.Span.Start + shift;
            var newEnd = newStart + edit.NewText.Length;
            if (newEnd <= newSpan.Start && !(newEnd == newSpan.Start && edit.NewText.Length > 0 && newSpan.Length == 0))
            {
                shift += edit.NewText.Length - edit.Span.Length;
                continue;
            }

            if (newStart >= newSpan.End)
            {
                break;
            }

            return null;
        }

        return new TextSpan(newSpan.Start - shift, newSpan.Length);
    }
}

/// <summary>The one order edits are applied in: by start, an insertion before a replacement that starts there.</summary>
internal static class EditOrder
{
    public static List<SourceEdit> Sort(IEnumerable<SourceEdit> edits)
        => edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ThenBy(e => e.NewText, System.StringComparer.Ordinal).ToList();
}
