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
/// A member that a retyped value no longer has, under the name its new type gives it: <c>job.ClusterName</c> on a
/// <c>FlexBackupRestoreJob</c> is <c>job.InstanceName</c> (the catalog's member renames), and
/// <c>MyJsonContext.Default.BackupTenantSnapshot</c> on a context whose <c>[JsonSerializable]</c> now names the Flex twin
/// is <c>MyJsonContext.Default.FlexBackupSnapshot</c>.
/// </summary>
internal sealed class MemberRenameRule : IRepairRule
{
    private const string JsonContextBase = "System.Text.Json.Serialization.JsonSerializerContext";

    public Task<IReadOnlyList<SourceEdit>> FindAsync(BuildProblem problem, RepairContext context, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<SourceEdit>>(Find(problem, context, cancellationToken).ToList());

    private static IEnumerable<SourceEdit> Find(BuildProblem problem, RepairContext context, CancellationToken cancellationToken)
    {
        if (problem.Diagnostic.Id is not ("CS1061" or "CS0117") || problem.Diagnostic.Location.SourceTree is not { } tree)
        {
            yield break;
        }

        var node = tree.GetRoot(cancellationToken).FindNode(problem.Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var name = node as IdentifierNameSyntax ?? (node as MemberAccessExpressionSyntax)?.Name as IdentifierNameSyntax;
        if (name is null)
        {
            yield break;
        }

        var model = problem.Compilation.GetSemanticModel(tree);
        var receiver = ReceiverType(name, model, cancellationToken);
        var newName = receiver is null ? null : NewName(receiver, name.Identifier.ValueText);
        if (newName is not null && context.EditAt(problem.Solution, tree, name.Span, newName) is { } edit)
        {
            yield return edit;
        }
    }

    private static string? NewName(ITypeSymbol receiver, string member)
    {
        if (ModelTwins.IsTwin(receiver))
        {
            return ModelTwins.RenamedMember(receiver.Name, member);
        }

        for (var type = receiver.BaseType; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == JsonContextBase)
            {
                // The JSON generator names a type's property after the type: the tenant model's name became the twin's.
                var twin = ModelTwins.ResponseTwin(member);
                return twin is not null && !receiver.GetMembers(twin).IsEmpty ? twin : null;
            }
        }

        return null;
    }

    private static ITypeSymbol? ReceiverType(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (name.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Name == name:
                return model.GetTypeInfo(access.Expression, cancellationToken).Type;
            case MemberBindingExpressionSyntax binding when binding.Name == name
                && binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>() is { } conditional:
                var type = model.GetTypeInfo(conditional.Expression, cancellationToken).Type;
                return type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
            case AssignmentExpressionSyntax assignment when assignment.Left == name
                && assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation }:
                return model.GetTypeInfo(creation, cancellationToken).Type;
            default:
                return null;
        }
    }
}
