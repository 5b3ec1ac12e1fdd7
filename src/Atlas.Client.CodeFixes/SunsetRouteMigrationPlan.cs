using System;
using System.Collections.Generic;
using System.Threading;
using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// Everything the ATLAS0001 fix will change on one <c>[AtlasClient]</c> method, decided before anything is changed.
/// <see cref="Create"/> returns null whenever the migrated method would not compile or would not address the Flex
/// endpoint correctly, so the fix is then not offered at all.
/// </summary>
internal sealed class SunsetRouteMigrationPlan
{
    public const string BodyAttributeName = "Atlas.Client.BodyAttribute";

    private SunsetRouteMigrationPlan(
        SunsetOperation operation, ExpressionSyntax route, ExpressionSyntax newRoute, AttributeSyntax attribute,
        List<(string Old, string New)> parameterRenames, string? newMethodName,
        Dictionary<string, string> responseTwins, Dictionary<string, string> bodyTwins, HashSet<int> bodyOrdinals)
    {
        Operation = operation;
        Route = route;
        NewRoute = newRoute;
        Attribute = attribute;
        ParameterRenames = parameterRenames;
        NewMethodName = newMethodName;
        ResponseTwins = responseTwins;
        BodyTwins = bodyTwins;
        BodyOrdinals = bodyOrdinals;
    }

    public SunsetOperation Operation { get; }

    public ExpressionSyntax Route { get; }

    public ExpressionSyntax NewRoute { get; }

    public AttributeSyntax Attribute { get; }

    /// <summary>Parameters to rename with the Renamer (spec names: <c>clusterName</c> → <c>name</c>).</summary>
    public List<(string Old, string New)> ParameterRenames { get; }

    /// <summary>The method's Flex name when it is named after the tenant operation; otherwise null.</summary>
    public string? NewMethodName { get; }

    /// <summary>Tenant model name → Flex twin name, in the return type.</summary>
    public Dictionary<string, string> ResponseTwins { get; }

    /// <summary>Tenant model name → Flex twin name, in the <c>[Body]</c> parameter's type.</summary>
    public Dictionary<string, string> BodyTwins { get; }

    /// <summary>The ordinals of the <c>[Body]</c> parameters (implementations do not repeat the attribute).</summary>
    public HashSet<int> BodyOrdinals { get; }

    public static SunsetRouteMigrationPlan? Create(MethodDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        var index = SunsetMethodIndex.Create(model.Compilation);
        if (index is null
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method
            || index.ForInterfaceMethod(method) is not { Operation: { ReplacementPath: not null } op, RequestAttribute: { } attributeData }
            || attributeData.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax attribute
            || SunsetRouteAnalyzer.RouteArgument(attribute) is not { } routeArgument
            || !string.Equals(SunsetMethodIndex.HttpMethodOf(attributeData.AttributeClass), op.Method, StringComparison.Ordinal))
        {
            return null;
        }

        // Types first: a tenant model without a Flex twin in this compilation means the result would not compile.
        var responseTwins = new Dictionary<string, string>();
        var bodyTwins = new Dictionary<string, string>();
        var bodyOrdinals = new HashSet<int>();
        if (!CollectTwins(declaration.ReturnType, model, op.Model, op.ReplacementModel, responseTwins, cancellationToken))
        {
            return null;
        }

        var body = model.Compilation.GetTypeByMetadataName(BodyAttributeName);
        foreach (var parameter in method.Parameters)
        {
            var isBody = body is not null && SunsetMethodIndex.HasAttribute(parameter, body);
            if (isBody)
            {
                bodyOrdinals.Add(parameter.Ordinal);
            }

            if (parameter.DeclaringSyntaxReferences.Length == 0
                || parameter.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ParameterSyntax { Type: { } type }
                || !CollectTwins(type, model, isBody ? op.BodyModel : null, isBody ? op.ReplacementBodyModel : null, bodyTwins, cancellationToken))
            {
                return null;
            }
        }

        // Spec placeholder names that change (clusterName → name), where the route and the parameter use them.
        var template = RouteStringTemplate.Build(routeArgument.Expression, model, cancellationToken);
        var match = SunsetRouteMatch.TryMatch(template.Text);
        if (match is null)
        {
            return null;
        }

        var renames = new Dictionary<string, string>();
        var parameterRenames = new List<(string, string)>();
        foreach (var (tenant, flex) in FlexRouteEdits.PlaceholderNames(match.Pattern))
        {
            if (tenant != flex && HasParameter(method, tenant) && !HasParameter(method, flex)
                && template.Text.IndexOf("{" + tenant + "}", StringComparison.Ordinal) >= 0)
            {
                renames[tenant] = flex;
                parameterRenames.Add((tenant, flex));
            }
        }

        var edits = FlexRouteEdits.Compute(match, renames);
        var newRoute = edits is null ? null : SunsetTemplateRewriter.Rewrite(template, edits);
        if (newRoute is null)
        {
            return null;
        }

        return new SunsetRouteMigrationPlan(
            op, routeArgument.Expression, newRoute, attribute, parameterRenames, FlexMethodNames.For(method.Name),
            responseTwins, bodyTwins, bodyOrdinals);
    }

    /// <summary>
    /// Finds every tenant model named in <paramref name="type"/> and records its twin. False when one has no twin for
    /// this position, or the twin does not exist in the compilation.
    /// </summary>
    private static bool CollectTwins(
        TypeSyntax type, SemanticModel model, string? tenantModel, string? twinModel, Dictionary<string, string> twins, CancellationToken cancellationToken)
    {
        foreach (var node in type.DescendantNodesAndSelf())
        {
            if (node is not SimpleNameSyntax name
                || model.GetSymbolInfo(name, cancellationToken).Symbol is not INamedTypeSymbol symbol
                || !IsTenantModel(symbol))
            {
                continue;
            }

            if (symbol.Name != tenantModel || twinModel is null
                || model.Compilation.GetTypeByMetadataName("Atlas.Client." + twinModel) is null)
            {
                return false;
            }

            twins[symbol.Name] = twinModel;
        }

        return true;
    }

    /// <summary>A model of the Atlas.Client package that only the tenant endpoints use.</summary>
    public static bool IsTenantModel(INamedTypeSymbol symbol)
    {
        if (symbol.ContainingNamespace?.ToDisplayString() != "Atlas.Client")
        {
            return false;
        }

        foreach (var op in SunsetCatalog.Operations)
        {
            if (symbol.Name == op.Model || symbol.Name == op.BodyModel)
            {
                return true;
            }
        }

        return symbol.Name.IndexOf("Tenant", StringComparison.Ordinal) >= 0;
    }

    private static bool HasParameter(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
