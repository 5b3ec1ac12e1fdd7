using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// Fix All for a <see cref="GuardedCodeFixProvider"/>: every diagnostic in scope becomes a unit, and the solver keeps the
/// largest set the build accepts. A diagnostic whose fix is declined does not hold up the others: <c>dotnet format</c>
/// asks the first diagnostic it finds for the equivalence key, and when that one is declined it passes none, which here
/// means every fix of the provider for the IDs in scope.
/// </summary>
internal sealed class GuardedFixAllProvider : FixAllProvider
{
    private readonly GuardedCodeFixProvider _provider;

    public GuardedFixAllProvider(GuardedCodeFixProvider provider) => _provider = provider;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = await DiagnosticsInScopeAsync(fixAllContext).ConfigureAwait(false);
        if (diagnostics.Count == 0)
        {
            return null;
        }

        var key = fixAllContext.CodeActionEquivalenceKey;
        return CodeAction.Create(
            "Fix all " + string.Join(", ", diagnostics.SelectMany(p => p.Value).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal)),
            cancellationToken => FixAsync(fixAllContext.Solution, diagnostics, key, cancellationToken),
            key);
    }

    private async Task<Solution> FixAsync(
        Solution solution, List<KeyValuePair<DocumentId, List<Diagnostic>>> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var session = await FixSession.StartAsync(solution, cancellationToken).ConfigureAwait(false);
        var units = new List<FixUnit>();
        var sources = new List<(Document Document, Diagnostic Diagnostic, FixUnit Unit)>();
        foreach (var pair in diagnostics)
        {
            if (solution.GetDocument(pair.Key) is not { } document)
            {
                continue;
            }

            foreach (var diagnostic in pair.Value)
            {
                if (await _provider.UnitAsync(document, diagnostic, session, cancellationToken).ConfigureAwait(false) is { } unit)
                {
                    units.Add(unit);
                    sources.Add((document, diagnostic, unit));
                }
            }
        }

        // The kind of fix the user chose, named by its equivalence key. A key no unit in scope has comes from a diagnostic
        // of another ID: dotnet format takes it from the first diagnostic its analyzers reported, of whatever ID, and
        // would otherwise fix nothing of this one (ATLAS0104 after an ATLAS0101 came first, at random).
        if (equivalenceKey is not null && units.Any(u => u.EquivalenceKey == equivalenceKey))
        {
            sources.RemoveAll(s => s.Unit.EquivalenceKey != equivalenceKey);
            units.RemoveAll(u => u.EquivalenceKey != equivalenceKey);
        }

        if (units.Count == 0)
        {
            return solution;
        }

        var result = await GuardedSolver.SolveAsync(session, units, _provider.Repairs, cancellationToken).ConfigureAwait(false);

        // A declined unit may build with the fixes it goes with that are outside the scope (a partial interface's other
        // part): then the whole is tried once more with them.
        var applied = new HashSet<string>(result.Applied.Select(a => a.Unit.Key));
        var keys = new HashSet<string>(units.Select(u => u.Key));
        var partners = new List<FixUnit>();
        foreach (var (document, diagnostic, unit) in sources.Where(s => !applied.Contains(s.Unit.Key)))
        {
            foreach (var partner in await _provider.PartnerUnitsAsync(document, diagnostic, session, cancellationToken).ConfigureAwait(false))
            {
                if (keys.Add(partner.Key))
                {
                    partners.Add(partner);
                }
            }
        }

        if (partners.Count > 0)
        {
            result = await GuardedSolver.SolveAsync(session, units.Concat(partners), _provider.Repairs, cancellationToken).ConfigureAwait(false);
        }

        return result.Solution;
    }

    private static async Task<List<KeyValuePair<DocumentId, List<Diagnostic>>>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        var documents = context.Scope switch
        {
            FixAllScope.Document when context.Document is not null => new[] { context.Document },
            FixAllScope.Project => context.Project.Documents.ToArray(),
            FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents).ToArray(),
            _ => Array.Empty<Document>(),
        };

        var result = new List<KeyValuePair<DocumentId, List<Diagnostic>>>();
        foreach (var document in documents)
        {
            var found = (await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                .Where(d => context.DiagnosticIds.Contains(d.Id))
                .OrderBy(d => d.Location.SourceSpan.Start)
                .ToList();
            if (found.Count > 0)
            {
                result.Add(new KeyValuePair<DocumentId, List<Diagnostic>>(document.Id, found));
            }
        }

        return result;
    }
}
