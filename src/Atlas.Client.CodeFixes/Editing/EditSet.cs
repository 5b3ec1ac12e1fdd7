using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Editing;

/// <summary>An immutable set of <see cref="SourceEdit"/>s, without duplicates, in a stable order.</summary>
internal sealed class EditSet
{
    public static readonly EditSet Empty = new(ImmutableArray<SourceEdit>.Empty);

    private EditSet(ImmutableArray<SourceEdit> edits) => Edits = edits;

    public ImmutableArray<SourceEdit> Edits { get; }

    public bool IsEmpty => Edits.IsEmpty;

    public static EditSet Of(IEnumerable<SourceEdit> edits)
        => new(edits.Distinct().OrderBy(e => e.Document.Id).ThenBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToImmutableArray());

    public EditSet Union(EditSet other) => other.IsEmpty ? this : IsEmpty ? other : Of(Edits.Concat(other.Edits));

    public EditSet Union(IEnumerable<SourceEdit> other) => Of(Edits.Concat(other));

    public IEnumerable<DocumentId> Documents => Edits.Select(e => e.Document).Distinct();

    /// <summary>True when two edits of the set cannot both be applied.</summary>
    public bool HasConflict()
    {
        foreach (var group in Edits.GroupBy(e => e.Document))
        {
            var edits = group.ToList();
            for (var i = 0; i < edits.Count; i++)
            {
                for (var j = i + 1; j < edits.Count && edits[j].Span.Start <= edits[i].Span.End; j++)
                {
                    if (edits[i].ConflictsWith(edits[j]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when an edit of this set conflicts with one of <paramref name="other"/>.</summary>
    public bool ConflictsWith(EditSet other)
        => Edits.Any(a => other.Edits.Any(b => a.ConflictsWith(b)));

    /// <summary>The edits applied to <paramref name="solution"/> (which must be the one they were computed on).</summary>
    public async Task<Solution> ApplyAsync(Solution solution, CancellationToken cancellationToken)
    {
        foreach (var group in Edits.GroupBy(e => e.Document))
        {
            var document = solution.GetDocument(group.Key);
            if (document is null)
            {
                continue;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = EditOrder.Sort(group).Select(e => new TextChange(e.Span, e.NewText));
            solution = solution.WithDocumentText(group.Key, text.WithChanges(changes));
        }

        return solution;
    }

    /// <summary>Where each applied edit's text ended up, per document, to map positions between the two texts.</summary>
    public EditMap MapOf(DocumentId document) => new(Edits.Where(e => e.Document == document));
}
