using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Atlas.Client.CodeFixes.Migration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Repairs;

/// <summary>
/// Which twin a tenant model takes at one place. <c>TenantRestore</c> is both the answer and the request body of the tenant
/// restore and download operations; Flex has a job model for answers and one body model per request. A place whose value
/// is passed to a parameter of a Flex body type takes that type; a place whose value goes to a tenant parameter (the
/// package's own tenant client) takes none; any other place takes the answer's twin.
/// </summary>
internal static class TwinChoice
{
    private const int MaxReferences = 64;

    public static string? For(IdentifierNameSyntax name, INamedTypeSymbol tenantModel, SemanticModel model, CancellationToken cancellationToken)
    {
        var response = ModelTwins.ResponseTwin(tenantModel.Name);
        var sinks = new List<ITypeSymbol>();
        foreach (var expression in ValuesTypedBy(name, model, cancellationToken))
        {
            CollectSinks(expression, model, sinks, depth: 0, cancellationToken);
        }

        string? body = null;
        foreach (var sink in sinks.Select(Unwrap))
        {
            if (ModelTwins.IsTenantModel(sink))
            {
                return null;
            }

            if (ModelTwins.IsBodyTwin(sink) && ModelTwins.IsTwinOf(tenantModel.Name, sink!.Name))
            {
                if (body is not null && body != sink.Name)
                {
                    return null;
                }

                body = sink.Name;
            }
        }

        return body ?? response;
    }

    /// <summary>The expressions whose value the type named at <paramref name="name"/> describes.</summary>
    private static IEnumerable<ExpressionSyntax> ValuesTypedBy(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        if (name.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is ObjectCreationExpressionSyntax creation && creation.Type.Span.Contains(name.Span))
        {
            yield return creation;
            yield break;
        }

        ISymbol? holder = null;
        var container = name.Parent;
        while (container is TypeSyntax)
        {
            container = container.Parent;
        }

        switch (container)
        {
            case VariableDeclarationSyntax { Variables: { Count: 1 } variables }:
                holder = model.GetDeclaredSymbol(variables[0], cancellationToken);
                break;
            case ParameterSyntax parameter:
                holder = model.GetDeclaredSymbol(parameter, cancellationToken);
                break;
            case MethodDeclarationSyntax method when method.ReturnType.Span.Contains(name.Span):
                // A helper that builds the value: its callers' values are what it returns.
                foreach (var call in CallsOf(model.GetDeclaredSymbol(method, cancellationToken), name, model, cancellationToken))
                {
                    yield return call;
                }

                yield break;
            case LocalFunctionStatementSyntax local when local.ReturnType.Span.Contains(name.Span):
                foreach (var call in CallsOf(model.GetDeclaredSymbol(local, cancellationToken), name, model, cancellationToken))
                {
                    yield return call;
                }

                yield break;
        }

        if (holder is null)
        {
            yield break;
        }

        foreach (var use in UsesOf(holder, name, model, cancellationToken))
        {
            yield return use;
        }
    }

    /// <summary>The invocations of a method in the document.</summary>
    private static IEnumerable<ExpressionSyntax> CallsOf(ISymbol? method, SyntaxNode near, SemanticModel model, CancellationToken cancellationToken)
    {
        if (method is null)
        {
            yield break;
        }

        foreach (var use in UsesOf(method, near.SyntaxTree.GetRoot(cancellationToken), model, cancellationToken))
        {
            var callee = use.Parent is MemberAccessExpressionSyntax access && access.Name == use ? access : (ExpressionSyntax)use;
            if (callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee)
            {
                yield return invocation;
            }
        }
    }

    private static IEnumerable<ExpressionSyntax> UsesOf(ISymbol holder, SyntaxNode near, SemanticModel model, CancellationToken cancellationToken)
    {
        var scope = holder is ILocalSymbol or IParameterSymbol
            ? near.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? near.SyntaxTree.GetRoot(cancellationToken)
            : near.SyntaxTree.GetRoot(cancellationToken);
        return scope.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(n => n.Identifier.ValueText == holder.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, holder))
            .Take(MaxReferences);
    }

    /// <summary>The types of the parameters this expression's value is passed to, through parentheses, casts and locals.</summary>
    private static void CollectSinks(ExpressionSyntax expression, SemanticModel model, List<ITypeSymbol> sinks, int depth, CancellationToken cancellationToken)
    {
        SyntaxNode current = expression;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or ConditionalExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case ArgumentSyntax argument when ParameterOf(argument, model, cancellationToken) is { } parameter:
                sinks.Add(parameter.Type);
                break;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when depth == 0
                && model.GetDeclaredSymbol(declarator, cancellationToken) is { } local:
                foreach (var use in UsesOf(local, declarator, model, cancellationToken))
                {
                    CollectSinks(use, model, sinks, depth + 1, cancellationToken);
                }

                break;
        }
    }

    private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.Parent is not ArgumentListSyntax { Parent: { } call } list)
        {
            return null;
        }

        // The declared parameter type, not the one a generic method inferred from this very argument.
        var info = model.GetSymbolInfo(call, cancellationToken);
        var method = (info.Symbol as IMethodSymbol ?? info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault())?.OriginalDefinition;
        if (method is null)
        {
            return null;
        }

        if (argument.NameColon is { } nameColon)
        {
            return method.Parameters.FirstOrDefault(p => p.Name == nameColon.Name.Identifier.ValueText);
        }

        var index = list.Arguments.IndexOf(argument);
        return index >= 0 && index < method.Parameters.Length ? method.Parameters[index] : null;
    }

    private static ITypeSymbol? Unwrap(ITypeSymbol? type)
        => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && !ModelTwins.IsTwin(type) ? generic.TypeArguments[0] : type;
}
