using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Repairs;

/// <summary>
/// A tenant model named near a problem, or in the declaration of something the problem's code names, takes its Flex
/// twin: <c>BackupTenantSnapshot s = await api.GetFlexBackupAsync(…)</c> after the method was migrated, the element type
/// of a list the results are added to, the parameter of a helper they are passed to. Never inside the signature of a
/// method still bound to a tenant route (that is the ATLAS0001 migration's to change).
/// </summary>
internal sealed class ModelRetypeRule : IRepairRule
{
    public IEnumerable<SourceEdit> Find(BuildProblem problem, RepairContext context, CancellationToken cancellationToken)
    {
        var regions = ProblemRegions.Of(problem, RegionScope.Statement, cancellationToken);
        if (regions is null)
        {
            yield break;
        }

        var seen = new HashSet<(SyntaxTree, int)>();
        foreach (var region in regions)
        {
            var root = region.Tree.GetRoot(cancellationToken);
            var model = problem.Compilation.GetSemanticModel(region.Tree);
            foreach (var found in root.DescendantNodes(region.Span, descendIntoTrivia: true).OfType<IdentifierNameSyntax>())
            {
                if (found.IsVar || !region.Span.Contains(found.Span))
                {
                    continue;
                }

                // A name that stands for an alias of the tenant model: the alias's target changes, so all its uses follow.
                var name = found;
                var tree = region.Tree;
                var nameModel = model;
                if (model.GetAliasInfo(found, cancellationToken) is { } alias)
                {
                    if (AliasTarget(alias, problem, cancellationToken) is not { } target)
                    {
                        continue;
                    }

                    (name, tree, nameModel) = target;
                }

                if (!seen.Add((tree, name.SpanStart))
                    || nameModel.GetSymbolInfo(name, cancellationToken).Symbol is not INamedTypeSymbol type
                    || !ModelTwins.IsTenantModel(type)
                    || context.IsOwnedBySunsetMigration(name, nameModel)
                    || TwinChoice.For(name, type, nameModel, cancellationToken) is not { } twinName
                    || ModelTwins.Resolve(problem.Compilation, twinName) is not { } twin
                    || TypeNameWriter.NameFor(twin, name, nameModel) is not { } text
                    || context.EditAt(problem.Solution, tree, name.Span, text) is not { } edit)
                {
                    continue;
                }

                yield return edit;
            }
        }
    }

    /// <summary>The last name of an alias directive's target (<c>using Snap = Atlas.Client.BackupTenantSnapshot;</c>).</summary>
    private static (IdentifierNameSyntax Name, SyntaxTree Tree, SemanticModel Model)? AliasTarget(IAliasSymbol alias, BuildProblem problem, CancellationToken cancellationToken)
    {
        foreach (var reference in alias.DeclaringSyntaxReferences)
        {
            if (problem.Compilation.ContainsSyntaxTree(reference.SyntaxTree)
                && reference.GetSyntax(cancellationToken) is UsingDirectiveSyntax { Name: { } target }
                && target.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().LastOrDefault() is { } last)
            {
                return (last, reference.SyntaxTree, problem.Compilation.GetSemanticModel(reference.SyntaxTree));
            }
        }

        return null;
    }
}
