using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// Fix All for ATLAS0001. The migration renames across the solution, so the batch fixer (which merges text changes
/// per document) would lose or garble edits; instead every target method is marked first and then migrated one after
/// the other on the evolving solution.
/// </summary>
internal sealed class SunsetRouteFixAllProvider : FixAllProvider
{
    public static readonly SunsetRouteFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = await DiagnosticsInScopeAsync(fixAllContext).ConfigureAwait(false);
        if (diagnostics.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            "Migrate every tenant route to its Flex endpoint",
            cancellationToken => MigrateAllAsync(fixAllContext.Solution, diagnostics, cancellationToken),
            fixAllContext.CodeActionEquivalenceKey);
    }

    private static async Task<Dictionary<DocumentId, ImmutableArray<Diagnostic>>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        var documents = context.Scope switch
        {
            FixAllScope.Document when context.Document is not null => new[] { context.Document },
            FixAllScope.Project => context.Project.Documents.ToArray(),
            FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents).ToArray(),
            _ => new Document[0],
        };

        var result = new Dictionary<DocumentId, ImmutableArray<Diagnostic>>();
        foreach (var document in documents)
        {
            var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (!diagnostics.IsEmpty)
            {
                result[document.Id] = diagnostics;
            }
        }

        return result;
    }

    private static async Task<Solution> MigrateAllAsync(Solution solution, Dictionary<DocumentId, ImmutableArray<Diagnostic>> diagnostics, CancellationToken cancellationToken)
    {
        // Mark every target before changing anything: later steps find them by annotation, not by position.
        var targets = new List<(DocumentId, SyntaxAnnotation)>();
        foreach (var pair in diagnostics)
        {
            var document = solution.GetDocument(pair.Key)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                continue;
            }

            var marks = new Dictionary<MethodDeclarationSyntax, SyntaxAnnotation>();
            foreach (var diagnostic in pair.Value)
            {
                if (SunsetRouteCodeFixProvider.MethodOf(root, diagnostic) is { } declaration && !marks.ContainsKey(declaration))
                {
                    marks[declaration] = SunsetRouteMigration.NewAnnotation();
                    targets.Add((pair.Key, marks[declaration]));
                }
            }

            solution = solution.WithDocumentSyntaxRoot(pair.Key, root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original])));
        }

        foreach (var (documentId, annotation) in targets)
        {
            solution = await SunsetRouteMigration.MigrateAsync(solution, documentId, annotation, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }
}
