using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Repairs;
using Atlas.Client.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// The base of every fix of the package: a fix is offered only when the solution it produces builds with no error,
/// warning or package diagnostic it did not have before, in every configuration (<see cref="BuildGuard"/>), together with
/// the repairs it needs (<see cref="IRepairRule"/>). The single action and Fix All (document, project, solution) share the
/// units and the solver, so one fix and Fix All of one diagnostic produce the same text.
/// </summary>
public abstract class GuardedCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => new GuardedFixAllProvider(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        FixSession? session = null;
        foreach (var diagnostic in context.Diagnostics)
        {
            session ??= await FixSession.StartAsync(context.Document.Project.Solution, context.CancellationToken).ConfigureAwait(false);
            var unit = await CreateUnitAsync(context.Document, diagnostic, session, context.CancellationToken).ConfigureAwait(false);
            if (unit is null)
            {
                continue;
            }

            var result = await GuardedSolver.SolveAsync(session, new[] { unit }, RepairRules, context.CancellationToken).ConfigureAwait(false);
            if (result.Applied.Count == 0
                && await PartnersAsync(context.Document, diagnostic, session, context.CancellationToken).ConfigureAwait(false) is { Count: > 0 } partners)
            {
                // Alone it does not build; with the fixes it goes with (the interface's other tenant methods) it may.
                result = await GuardedSolver.SolveAsync(session, partners.Prepend(unit), RepairRules, context.CancellationToken).ConfigureAwait(false);
            }

            if (!result.Applied.Any(a => a.Unit.Key == unit.Key))
            {
                continue;
            }

            var own = result.Applied.First(a => a.Unit.Key == unit.Key).Variant;
            var title = own.Title + Together(result.Applied.Count - 1) + RelatedEdits(result.Repairs);
            var solution = result.Solution;
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(solution), unit.EquivalenceKey), diagnostic);
        }
    }

    /// <summary>The unit of one diagnostic, computed on <paramref name="session"/>'s solution; null when not fixable at all.</summary>
    private protected abstract Task<FixUnit?> CreateUnitAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken);

    /// <summary>The repairs the build may ask for; none for fixes whose edits cannot ripple.</summary>
    private protected virtual ImmutableArray<IRepairRule> RepairRules => GuardedSolver.MigrationRepairs;

    /// <summary>Units to try together with one that does not build alone; none by default.</summary>
    private protected virtual Task<IReadOnlyList<FixUnit>> PartnersAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<FixUnit>>(Array.Empty<FixUnit>());

    internal Task<IReadOnlyList<FixUnit>> PartnerUnitsAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
        => PartnersAsync(document, diagnostic, session, cancellationToken);

    internal Task<FixUnit?> UnitAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
        => CreateUnitAsync(document, diagnostic, session, cancellationToken);

    internal ImmutableArray<IRepairRule> Repairs => RepairRules;

    /// <summary>A unit that replaces one span of the diagnostic's document.</summary>
    private protected static FixUnit SingleEdit(Document document, Diagnostic diagnostic, TextSpan span, string newText, string title, string equivalenceKey)
        => new(FixUnit.KeyOf(diagnostic), equivalenceKey,
            ImmutableArray.Create(new FixVariant(EditSet.Of(new[] { new SourceEdit(document.Id, span, newText) }), title)));

    private static string Together(int others)
        => others == 0 ? "" : string.Format(CultureInfo.InvariantCulture, ", together with {0} more fix{1} it needs", others, others == 1 ? "" : "es");

    private static string RelatedEdits(int repairs)
        => repairs == 0 ? "" : string.Format(CultureInfo.InvariantCulture, " (and {0} related edit{1})", repairs, repairs == 1 ? "" : "s");
}
