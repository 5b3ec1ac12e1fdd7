using System.Runtime.CompilerServices;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// The signatures that belong to the ATLAS0001 migration: an <c>[AtlasClient]</c> method with a tenant route, and every
/// method implementing one. Their types change together with the route, so no other fix touches them: a tenant route
/// that returns a Flex model would be a half migration that builds and reads the wrong JSON.
/// </summary>
internal static class SunsetOwnership
{
    private static readonly ConditionalWeakTable<Compilation, ClientMethodIndexHolder> Indexes = new();

    public static bool IsInSunsetSignature(SyntaxNode node, SemanticModel model)
    {
        if (node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method
            || method.Body is { } body && body.Span.Contains(node.Span)
            || method.ExpressionBody is { } arrow && arrow.Span.Contains(node.Span)
            || model.GetDeclaredSymbol(method) is not IMethodSymbol symbol)
        {
            return false;
        }

        var index = Indexes.GetValue(model.Compilation, static c => new ClientMethodIndexHolder(ClientMethodIndex.Create(c))).Index;
        return index?.ForCalledMethod(symbol) is not null;
    }

    private sealed class ClientMethodIndexHolder
    {
        public ClientMethodIndexHolder(ClientMethodIndex? index) => Index = index;

        public ClientMethodIndex? Index { get; }
    }
}
