using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Repairs;

/// <summary>
/// A tenant model named near a problem, or in the declaration of something the problem's code names, takes its Flex
/// twin: <c>BackupTenantSnapshot s = await api.GetFlexBackupAsync(…)</c> after the method was migrated, the element type
/// of a list the results are added to, the parameter of a helper they are passed to (in any project of the solution),
/// the target of an alias. Never inside the signature of a method still bound to a tenant route (that is the ATLAS0001
/// migration's to change).
/// </summary>
internal sealed class ModelRetypeRule : IRepairRule
{
    public async Task<IReadOnlyList<SourceEdit>> FindAsync(BuildProblem problem, RepairContext context, CancellationToken cancellationToken)
    {
        var edits = new List<SourceEdit>();
        var regions = ProblemRegions.Of(problem, RegionScope.Statement, cancellationToken);
        if (regions is null)
        {
            return edits;
        }

        var seen = new HashSet<(SyntaxTree, int)>();
        foreach (var region in regions)
        {
            if (problem.Solution.GetDocument(region.Document) is not { } document
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            var root = await region.Tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            foreach (var found in root.DescendantNodes(region.Span, descendIntoTrivia: true).OfType<IdentifierNameSyntax>())
            {
                if (found.IsVar || !region.Span.Contains(found.Span))
                {
                    continue;
                }

                // A name that stands for an alias of the tenant model: the alias's target changes, so all its uses follow.
                var (name, tree, nameModel) = (found, region.Tree, model);
                if (model.GetAliasInfo(found, cancellationToken) is { } alias)
                {
                    if (AliasTarget(alias, model, cancellationToken) is not { } target)
                    {
                        continue;
                    }

                    (name, tree) = target;
                    nameModel = model.Compilation.GetSemanticModel(tree);
                }

                if (!seen.Add((tree, name.SpanStart))
                    || nameModel.GetSymbolInfo(name, cancellationToken).Symbol is not INamedTypeSymbol type
                    || !ModelTwins.IsTenantModel(type)
                    || context.IsOwnedBySunsetMigration(name, nameModel)
                    || TwinChoice.For(name, type, nameModel, cancellationToken) is not { } twinName
                    || ModelTwins.Resolve(nameModel.Compilation, twinName) is not { } twin
                    || TypeNameWriter.NameFor(twin, name, nameModel) is not { } text
                    || context.EditAt(problem.Solution, tree, name.Span, text) is not { } edit)
                {
                    continue;
                }

                edits.Add(edit);
            }
        }

        return edits;
    }

    /// <summary>The last name of an alias directive's target (<c>using Snap = Atlas.Client.BackupTenantSnapshot;</c>), in the same project.</summary>
    private static (IdentifierNameSyntax Name, SyntaxTree Tree)? AliasTarget(IAliasSymbol alias, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var reference in alias.DeclaringSyntaxReferences)
        {
            if (model.Compilation.ContainsSyntaxTree(reference.SyntaxTree)
                && reference.GetSyntax(cancellationToken) is UsingDirectiveSyntax { Name: { } target }
                && target.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().LastOrDefault() is { } last)
            {
                return (last, reference.SyntaxTree);
            }
        }

        return null;
    }
}
