using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Atlas.Client.CodeFixes.Editing;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// Which fix units caused a build problem: those with an edit (their own, or a repair made for them) in a region the
/// problem points at. Looked for around the statement first, then around the member; a problem that points at no edit
/// at all is blamed on every unit with an edit in its document, and failing that on all of them.
/// </summary>
internal static class Blame
{
    public static HashSet<UnitState> Find(
        BuildProblem problem, IReadOnlyList<UnitState> active, EditSet applied, IReadOnlyDictionary<SourceEdit, HashSet<UnitState>> repairOwners,
        CancellationToken cancellationToken)
    {
        foreach (var scope in new[] { RegionScope.Statement, RegionScope.Member })
        {
            var regions = ProblemRegions.Of(problem, scope, cancellationToken);
            if (regions is null)
            {
                break;
            }

            var blamed = EditsIn(regions, active, applied, repairOwners);
            if (blamed.Count > 0)
            {
                return blamed;
            }
        }

        if (problem.Diagnostic.Location.SourceTree is { } tree && problem.Solution.GetDocumentId(tree) is { } document)
        {
            var sameDocument = EditsIn(new[] { new Region(document, tree, new Microsoft.CodeAnalysis.Text.TextSpan(0, int.MaxValue)) }, active, applied, repairOwners);
            if (sameDocument.Count > 0)
            {
                return sameDocument;
            }
        }

        // Only edits in the problem's project, or in a project it references, can have caused it: a Fix All over a
        // solution must not give up the fixes of unrelated projects for a problem it cannot place.
        var projects = new HashSet<ProjectId>(problem.Solution.GetProjectDependencyGraph().GetProjectsThatThisProjectTransitivelyDependsOn(problem.Project))
        {
            problem.Project,
        };
        var related = new HashSet<UnitState>(active.Where(s => s.Current is { } variant && variant.Edits.Edits.Any(e => projects.Contains(e.Document.ProjectId))));
        foreach (var pair in repairOwners)
        {
            if (projects.Contains(pair.Key.Document.ProjectId))
            {
                related.UnionWith(pair.Value.Where(active.Contains));
            }
        }

        return related.Count > 0 ? related : new HashSet<UnitState>(active);
    }

    private static HashSet<UnitState> EditsIn(
        IReadOnlyList<Region> regions, IReadOnlyList<UnitState> active, EditSet applied, IReadOnlyDictionary<SourceEdit, HashSet<UnitState>> repairOwners)
    {
        var maps = new Dictionary<DocumentId, EditMap>();
        var blamed = new HashSet<UnitState>();
        foreach (var state in active)
        {
            if (state.Current is { } variant && variant.Edits.Edits.Any(Touches))
            {
                blamed.Add(state);
            }
        }

        foreach (var pair in repairOwners)
        {
            if (Touches(pair.Key))
            {
                blamed.UnionWith(pair.Value.Where(active.Contains));
            }
        }

        return blamed;

        bool Touches(SourceEdit edit)
        {
            if (!maps.TryGetValue(edit.Document, out var map))
            {
                maps[edit.Document] = map = applied.MapOf(edit.Document);
            }

            var span = map.NewSpanOf(edit);
            foreach (var region in regions)
            {
                if (region.Document == edit.Document && (region.Span.IntersectsWith(span) || region.Span.Contains(span)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
