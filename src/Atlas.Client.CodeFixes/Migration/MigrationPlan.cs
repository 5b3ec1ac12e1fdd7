using System;
using System.Collections.Generic;
using System.Threading;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Reading;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Migration;

/// <summary>
/// What the ATLAS0001 migration changes on one <c>[AtlasClient]</c> method, decided from its declaration alone: the route
/// rewritten to the Flex path, the version, the models' twins, the spec's parameter names (<c>clusterName</c> →
/// <c>name</c>) and the method's Flex name. <see cref="Create"/> returns null when the migrated method could not address
/// the Flex endpoint: another HTTP method, a route not written here (a constant declared elsewhere, unless the caller
/// hands over that constant's initializer because only this route uses it), a tenant model
/// without a twin, a tenant model in a parameter that is not the request body.
/// </summary>
internal sealed class MigrationPlan
{
    private MigrationPlan(
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

    /// <summary>Parameters that take the spec's name (<c>clusterName</c> → <c>name</c>), with their route placeholders.</summary>
    public List<(string Old, string New)> ParameterRenames { get; }

    /// <summary>The method's Flex name when it is named after the tenant operation; otherwise null.</summary>
    public string? NewMethodName { get; }

    /// <summary>Tenant model name → Flex twin name, in the return type.</summary>
    public Dictionary<string, string> ResponseTwins { get; }

    /// <summary>Tenant model name → Flex twin name, in the <c>[Body]</c> parameter's type.</summary>
    public Dictionary<string, string> BodyTwins { get; }

    /// <summary>The ordinals of the <c>[Body]</c> parameters (implementations do not repeat the attribute).</summary>
    public HashSet<int> BodyOrdinals { get; }

    /// <param name="routeSource">The expression that spells the route when it is not the attribute's argument: the
    /// initializer of a constant the argument names (and only this route uses); with <paramref name="routeModel"/>, the
    /// semantic model of its document.</param>
    public static MigrationPlan? Create(
        MethodDeclarationSyntax declaration, SemanticModel model, bool renameParameters, CancellationToken cancellationToken,
        ExpressionSyntax? routeSource = null, SemanticModel? routeModel = null)
    {
        var index = ClientMethodIndex.Create(model.Compilation);
        if (index is null
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method
            || index.ForInterfaceMethod(method) is not { Operation: { ReplacementPath: not null, ReplacementVersion: not null } op, Request: { } request }
            || request.Syntax(cancellationToken) is not { } attribute
            || attribute.Parent is not AttributeListSyntax list || declaration.AttributeLists.IndexOf(list) < 0
            || AtlasRequest.RouteArgument(attribute) is not { } routeArgument
            || !string.Equals(request.HttpMethod, op.Method, StringComparison.Ordinal))
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

        foreach (var parameter in method.Parameters)
        {
            var isBody = SymbolHelpers.HasAttribute(parameter, index.Known.BodyAttribute);
            if (isBody)
            {
                bodyOrdinals.Add(parameter.Ordinal);
            }

            if (parameter.Ordinal >= declaration.ParameterList.Parameters.Count
                || declaration.ParameterList.Parameters[parameter.Ordinal].Type is not { } type
                || !CollectTwins(type, model, isBody ? op.BodyModel : null, isBody ? op.ReplacementBodyModel : null, bodyTwins, cancellationToken))
            {
                return null;
            }
        }

        // Spec placeholder names that change (clusterName → name), where the route and the parameter use them.
        var route = routeSource ?? routeArgument.Expression;
        var template = RouteStringTemplate.Build(route, routeSource is null ? model : routeModel!, cancellationToken);
        var match = SunsetRouteMatch.TryMatch(template.Text);
        if (match is null)
        {
            return null;
        }

        var renames = new Dictionary<string, string>();
        var parameterRenames = new List<(string, string)>();
        if (renameParameters)
        {
            foreach (var (tenant, flex) in FlexRouteEdits.PlaceholderNames(match.Pattern))
            {
                if (tenant != flex && HasParameter(method, tenant) && !HasParameter(method, flex)
                    && template.Text.IndexOf("{" + tenant + "}", StringComparison.Ordinal) >= 0)
                {
                    renames[tenant] = flex;
                    parameterRenames.Add((tenant, flex));
                }
            }
        }

        var edits = FlexRouteEdits.Compute(match, renames);
        var newRoute = edits is null ? null : SunsetTemplateRewriter.Rewrite(template, edits);
        if (newRoute is null)
        {
            return null;
        }

        return new MigrationPlan(
            op, route, newRoute, attribute, parameterRenames, FlexMethodNames.For(method.Name),
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
                || !ModelTwins.IsTenantModel(symbol))
            {
                continue;
            }

            if (symbol.Name != tenantModel || twinModel is null || ModelTwins.Resolve(model.Compilation, twinModel) is null)
            {
                return false;
            }

            twins[symbol.Name] = twinModel;
        }

        return true;
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
