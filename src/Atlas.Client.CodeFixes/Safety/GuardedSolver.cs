using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Repairs;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// Finds the largest set of fix units (each at its best acceptable variant) that the build accepts, with the repairs
/// they need. Each round applies the units' edits and the repairs found so far to the original solution and builds the
/// affected projects (<see cref="BuildGuard"/>). A clean build ends it. Otherwise the repair rules propose further edits
/// for the new problems (a few rounds in a row at most); when they have nothing more to offer, the units the problems
/// point at (<see cref="Blame"/>) fall back to their next variant or are declined, and the rest is tried again.
/// </summary>
/// <remarks>
/// Everything is ordered by unit key and the edits are expressed on the original text, so the outcome depends on the
/// set of units only: not on the order diagnostics arrive in, nor on which diagnostic a Fix All started from.
/// </remarks>
internal static class GuardedSolver
{
    public const int MaxRounds = 40;
    public const int MaxRepairRoundsInARow = 4;

    public static readonly ImmutableArray<IRepairRule> MigrationRepairs =
        ImmutableArray.Create<IRepairRule>(new ModelRetypeRule(), new MemberRenameRule(), new BodyConstructionRule());

    private static readonly AsyncLocal<Action<string>?> TraceSink = new();

    /// <summary>Receives one line per round when set, in this async flow only (tests use it to show why a unit was declined).</summary>
    internal static Action<string>? Trace
    {
        get => TraceSink.Value;
        set => TraceSink.Value = value;
    }

    public static async Task<GuardedResult> SolveAsync(
        FixSession session, IEnumerable<FixUnit> units, ImmutableArray<IRepairRule> repairRules, CancellationToken cancellationToken)
    {
        // One unit per diagnostic: a multi-targeted project reports it once per target framework, at the same place. Its
        // edits reach every copy of the files they edit (LinkedEdits), so each target framework is built with them.
        var distinct = units.GroupBy(u => u.Key).Select(g => LinkedEdits.Expand(session.Solution, g.First())).OrderBy(u => u.Key, StringComparer.Ordinal).ToList();
        var groups = IndependentGroups(session.Solution, distinct);
        if (groups.Count <= 1)
        {
            return await SolveGroupAsync(session, distinct, repairRules, cancellationToken).ConfigureAwait(false);
        }

        // Units whose builds cannot meet (no project one edits is, or depends on, one another edits) are solved apart:
        // a Fix All over a solution then costs rounds per group, and a group that gives up costs only its own fixes.
        var results = new List<GuardedResult>();
        foreach (var group in groups)
        {
            results.Add(await SolveGroupAsync(session, group, repairRules, cancellationToken).ConfigureAwait(false));
        }

        var edits = results.Aggregate(EditSet.Empty, (all, r) => all.Union(r.Edits));
        var declined = results.SelectMany(r => r.Declined).ToList();
        var combined = await edits.ApplyAsync(session.Solution, cancellationToken).ConfigureAwait(false);
        if (!edits.IsEmpty && (edits.HasConflict() || (await session.Guard.NewProblemsAsync(combined, edits, cancellationToken).ConfigureAwait(false)).Count > 0))
        {
            // Cannot happen for independent groups; if it does, the one guarantee that matters is kept: nothing breaks.
            declined.Add("the groups' results did not build together: nothing applied");
            return new GuardedResult(session.Solution, Array.Empty<(FixUnit, FixVariant)>(), EditSet.Empty, 0, declined);
        }

        return new GuardedResult(combined, results.SelectMany(r => r.Applied).ToList(), edits, results.Sum(r => r.Repairs), declined);
    }

    /// <summary>
    /// Units linked when the projects their edits can affect (the edited ones and those that depend on them) overlap.
    /// </summary>
    private static List<List<FixUnit>> IndependentGroups(Solution solution, List<FixUnit> units)
    {
        var graph = solution.GetProjectDependencyGraph();
        var reach = units.Select(u =>
        {
            var projects = new HashSet<ProjectId>();
            foreach (var project in u.Variants.SelectMany(v => v.Edits.Edits).Select(e => e.Document.ProjectId).Distinct())
            {
                projects.Add(project);
                projects.UnionWith(graph.GetProjectsThatTransitivelyDependOnThisProject(project));
            }

            return projects;
        }).ToList();

        var group = Enumerable.Range(0, units.Count).ToArray();
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        for (var i = 0; i < units.Count; i++)
        {
            for (var j = i + 1; j < units.Count; j++)
            {
                if (Find(i) != Find(j) && reach[i].Overlaps(reach[j]))
                {
                    group[Find(j)] = Find(i);
                }
            }
        }

        return Enumerable.Range(0, units.Count).GroupBy(Find).Select(g => g.Select(i => units[i]).ToList()).ToList();
    }

    private static async Task<GuardedResult> SolveGroupAsync(
        FixSession session, List<FixUnit> units, ImmutableArray<IRepairRule> repairRules, CancellationToken cancellationToken)
    {
        var guard = session.Guard;
        var original = session.Solution;
        var states = units.Select(u => new UnitState(u)).ToList();
        var declined = new List<string>();
        var repairs = new Dictionary<SourceEdit, HashSet<UnitState>>();
        var repairRounds = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (active, combined) = Combine(states, declined);
            if (active.Count == 0)
            {
                break;
            }

            var applied = LinkedEdits.Expand(original, combined.Union(repairs.Keys.Where(r => !combined.Edits.Any(c => c.ConflictsWith(r)))));
            var repairCount = RepairCount(original, applied, combined);
            var changed = await applied.ApplyAsync(original, cancellationToken).ConfigureAwait(false);
            var problems = await guard.NewProblemsAsync(changed, applied, cancellationToken).ConfigureAwait(false);
            Trace?.Invoke($"round {round}: {active.Count} unit(s), {repairCount} repair(s), {problems.Count} problem(s)"
                + string.Concat(problems.Take(8).Select(p => "\n    " + p)));
            if (problems.Count == 0)
            {
                return new GuardedResult(changed, active.Select(s => (s.Unit, s.Current!)).ToList(), applied, repairCount, declined);
            }

            if (repairRounds < MaxRepairRoundsInARow && !repairRules.IsEmpty
                && await FindRepairsAsync(problems, active, applied, repairs, repairRules, cancellationToken).ConfigureAwait(false) > 0)
            {
                repairRounds++;
                continue;
            }

            var blamed = new HashSet<UnitState>();
            foreach (var problem in problems)
            {
                var found = Blame.Find(problem, active, applied, repairs, cancellationToken);
                Trace?.Invoke($"  blame {problem.Diagnostic.Id} {problem.Diagnostic.Location.GetLineSpan()}: {string.Join(", ", found.Select(s => s.Unit.Key))}");
                blamed.UnionWith(found);
            }

            foreach (var state in blamed)
            {
                if (!state.Advance())
                {
                    states.Remove(state);
                    declined.Add(state.Unit.Key + ": " + problems[0]);
                }
            }

            foreach (var pair in repairs.Where(p => p.Value.Overlaps(blamed)).ToList())
            {
                repairs.Remove(pair.Key);
            }

            repairRounds = 0;
        }

        declined.AddRange(states.Select(s => s.Unit.Key + ": no build without new problems found in " + MaxRounds + " rounds"));
        return new GuardedResult(original, Array.Empty<(FixUnit, FixVariant)>(), EditSet.Empty, 0, declined);
    }

    /// <summary>The current variants of the units, each one that conflicts with an earlier unit's moved on to its next.</summary>
    private static (List<UnitState> Active, EditSet Combined) Combine(List<UnitState> states, List<string> declined)
    {
        var combined = EditSet.Empty;
        var active = new List<UnitState>();
        foreach (var state in states.ToList())
        {
            while (state.Current is { } variant && (variant.Edits.HasConflict() || variant.Edits.ConflictsWith(combined)))
            {
                state.Advance();
            }

            if (state.Current is not { } accepted)
            {
                states.Remove(state);
                declined.Add(state.Unit.Key + ": its edits conflict with another fix's");
                continue;
            }

            combined = combined.Union(accepted.Edits);
            active.Add(state);
        }

        return (active, combined);
    }

    /// <summary>The repairs among <paramref name="applied"/>, a file's linked copies (other target frameworks) counted once.</summary>
    private static int RepairCount(Solution solution, EditSet applied, EditSet combined)
        => applied.Edits.Except(combined.Edits)
            .Select(e => (solution.GetDocument(e.Document)?.FilePath ?? e.Document.Id.ToString(), e.Span, e.NewText))
            .Distinct()
            .Count();

    /// <summary>Adds the repairs the rules propose for the problems; returns how many are new.</summary>
    private static async Task<int> FindRepairsAsync(
        List<BuildProblem> problems, List<UnitState> active, EditSet applied, Dictionary<SourceEdit, HashSet<UnitState>> repairs,
        ImmutableArray<IRepairRule> rules, CancellationToken cancellationToken)
    {
        var context = new RepairContext(applied);
        var added = 0;
        var accepted = applied;
        foreach (var problem in problems)
        {
            HashSet<UnitState>? owners = null;
            foreach (var rule in rules)
            {
                foreach (var edit in await rule.FindAsync(problem, context, cancellationToken).ConfigureAwait(false))
                {
                    if (accepted.Edits.Contains(edit) || accepted.Edits.Any(e => e.ConflictsWith(edit)))
                    {
                        continue;
                    }

                    owners ??= Blame.Find(problem, active, applied, repairs, cancellationToken);
                    repairs[edit] = owners;
                    accepted = accepted.Union(new[] { edit });
                    added++;
                }
            }
        }

        return added;
    }
}
