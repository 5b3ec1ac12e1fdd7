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
            foreach (var name in root.DescendantNodes(region.Span, descendIntoTrivia: true).OfType<IdentifierNameSyntax>())
            {
                if (name.IsVar || !region.Span.Contains(name.Span) || !seen.Add((region.Tree, name.SpanStart))
                    || model.GetAliasInfo(name, cancellationToken) is not null
                    || model.GetSymbolInfo(name, cancellationToken).Symbol is not INamedTypeSymbol type
                    || !ModelTwins.IsTenantModel(type)
                    || context.IsOwnedBySunsetMigration(name, model)
                    || TwinChoice.For(name, type, model, cancellationToken) is not { } twinName
                    || ModelTwins.Resolve(problem.Compilation, twinName) is not { } twin
                    || TypeNameWriter.NameFor(twin, name, model) is not { } text
                    || context.EditAt(problem.Solution, region.Tree, name.Span, text) is not { } edit)
                {
                    continue;
                }

                yield return edit;
            }
        }
    }
}
