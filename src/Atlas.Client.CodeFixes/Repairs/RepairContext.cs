using System.Collections.Generic;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Repairs;

/// <summary>
/// What repair rules need: the edits applied so far (to map a node of the fixed text back to the original text, where
/// every edit is expressed) and which declarations belong to the ATLAS0001 migration (not to be touched by anything else).
/// </summary>
internal sealed class RepairContext
{
    private readonly Dictionary<DocumentId, EditMap> _maps = new();

    public RepairContext(EditSet applied) => Applied = applied;

    public EditSet Applied { get; }

    /// <summary>
    /// An edit replacing <paramref name="span"/> of <paramref name="tree"/> (a tree of the fixed solution) with
    /// <paramref name="newText"/>, in original coordinates; null when the span touches text an edit wrote or the tree is
    /// not a user's document.
    /// </summary>
    public SourceEdit? EditAt(Solution fixedSolution, SyntaxTree tree, TextSpan span, string newText)
    {
        if (fixedSolution.GetDocumentId(tree) is not { } document || fixedSolution.GetDocument(document) is null)
        {
            return null;
        }

        if (!_maps.TryGetValue(document, out var map))
        {
            _maps[document] = map = Applied.MapOf(document);
        }

        return map.ToOriginal(span) is { } original ? new SourceEdit(document, original, newText) : null;
    }

    /// <summary>True inside the signature of a method that only the ATLAS0001 migration may change.</summary>
    public bool IsOwnedBySunsetMigration(SyntaxNode node, SemanticModel model) => SunsetOwnership.IsInSunsetSignature(node, model);
}
