using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Editing;

/// <summary>
/// A file a multi-targeted project compiles is one document per target framework (linked documents: the same path in
/// several projects). An edit of one copy is an edit of the file, so it is an edit of every copy: the guard must build
/// each target framework with it, and the result must hand every copy the same text. Without this, a fix computed for
/// net10.0 rewrote the shared interface and left a file only net8.0 compiles calling the old method.
/// </summary>
internal static class LinkedEdits
{
    /// <summary><paramref name="edits"/> with each edit repeated in the documents linked to its own.</summary>
    public static EditSet Expand(Solution solution, EditSet edits)
    {
        List<SourceEdit>? added = null;
        foreach (var edit in edits.Edits)
        {
            if (solution.GetDocument(edit.Document) is not { } document)
            {
                continue;
            }

            foreach (var linked in document.GetLinkedDocumentIds())
            {
                if (solution.GetDocument(linked) is not null)
                {
                    (added ??= new List<SourceEdit>()).Add(new SourceEdit(linked, edit.Span, edit.NewText));
                }
            }
        }

        return added is null ? edits : edits.Union(added);
    }

    /// <summary>The unit with every variant's edits repeated in linked documents.</summary>
    public static Safety.FixUnit Expand(Solution solution, Safety.FixUnit unit)
        => new(unit.Key, unit.EquivalenceKey, unit.Variants.Select(v => new Safety.FixVariant(Expand(solution, v.Edits), v.Title)).ToImmutableArray());
}
