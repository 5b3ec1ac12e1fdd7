using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Repairs;

/// <summary>
/// A tenant request body written with an object initializer becomes the Flex body's constructor call: the Flex body
/// models take their required fields in the constructor (and check them), so
/// <c>new FlexBackupRestoreJobCreate { SnapshotId = id, TargetDeploymentItemName = target, TargetProjectId = p }</c> becomes
/// <c>new FlexBackupRestoreJobCreate(id, target) { TargetProjectId = p }</c>. Only when every constructor parameter is set
/// by the initializer; a field the Flex body does not have stays, and the build turns the fix down.
/// </summary>
internal sealed class BodyConstructionRule : IRepairRule
{
    public Task<IReadOnlyList<SourceEdit>> FindAsync(BuildProblem problem, RepairContext context, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<SourceEdit>>(Find(problem, context, cancellationToken).ToList());

    private static IEnumerable<SourceEdit> Find(BuildProblem problem, RepairContext context, CancellationToken cancellationToken)
    {
        if (problem.Diagnostic.Id is not ("CS7036" or "CS1729") || problem.Diagnostic.Location.SourceTree is not { } tree)
        {
            yield break;
        }

        var node = tree.GetRoot(cancellationToken).FindNode(problem.Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { Initializer: { } initializer } creation
            || initializer.Expressions.Any(e => e is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax })
            || (creation.ArgumentList?.Arguments.Count ?? 0) != 0)
        {
            yield break;
        }

        var model = problem.Compilation.GetSemanticModel(tree);
        if (model.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol type || !ModelTwins.IsBodyTwin(type))
        {
            yield break;
        }

        var assignments = initializer.Expressions.Cast<AssignmentExpressionSyntax>().ToList();
        foreach (var constructor in type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length > 0))
        {
            var arguments = new List<string>();
            var used = new HashSet<AssignmentExpressionSyntax>();
            foreach (var parameter in constructor.Parameters)
            {
                var match = assignments.FirstOrDefault(a => string.Equals(((IdentifierNameSyntax)a.Left).Identifier.ValueText, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    break;
                }

                arguments.Add(match.Right.ToString());
                used.Add(match);
            }

            if (arguments.Count != constructor.Parameters.Length)
            {
                continue;
            }

            var rest = assignments.Where(a => !used.Contains(a)).Select(a => a.ToString()).ToList();
            var start = creation.ArgumentList?.SpanStart ?? (creation is ObjectCreationExpressionSyntax explicitType ? explicitType.Type.Span.End : initializer.SpanStart);
            var text = "(" + string.Join(", ", arguments) + ")" + (rest.Count == 0 ? "" : " { " + string.Join(", ", rest) + " }");
            if (context.EditAt(problem.Solution, tree, TextSpan.FromBounds(start, initializer.Span.End), text) is { } edit)
            {
                yield return edit;
            }

            yield break;
        }
    }
}
