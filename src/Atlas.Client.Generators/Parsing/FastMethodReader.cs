using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// One method for <see cref="FastClientReader"/>: the <see cref="MethodModel"/> <see cref="MethodParser"/> would build,
/// or null whenever the method is not of the plain shape this path is sure about (the full parser then decides,
/// reporting what it must).
/// </summary>
internal static class FastMethodReader
{
    /// <summary>What every method of one interface is read against.</summary>
    internal sealed class Context
    {
        public Context(
            SemanticModel semanticModel, WellKnownTypes known, ScopedNameCache names, FastReadMemo.Recorder recorder, string clientName,
            CancellationToken cancellationToken)
        {
            SemanticModel = semanticModel;
            Known = known;
            Names = names;
            Recorder = recorder;
            ClientName = clientName;
            CancellationToken = cancellationToken;
        }

        public SemanticModel SemanticModel { get; }

        public WellKnownTypes Known { get; }

        public ScopedNameCache Names { get; }

        /// <summary>Binds names in the interface's scope and notes them for the memo.</summary>
        public FastReadMemo.Recorder Recorder { get; }

        public ITypeSymbol? TypeOf(TypeSyntax syntax) => Recorder.TypeOf(Names, syntax, SemanticModel, CancellationToken);

        public INamedTypeSymbol? AttributeClassOf(AttributeSyntax attribute) => Recorder.AttributeClassOf(Names, attribute, SemanticModel, CancellationToken);

        public string ClientName { get; }

        public CancellationToken CancellationToken { get; }
    }

    // A method named like one of object's could hide it (ATLAS1009): the full parser compares the signatures.
    private static readonly HashSet<string> ObjectMethodNames = new(StringComparer.Ordinal)
    {
        "ToString", "Equals", "GetHashCode", "GetType", "Finalize", "MemberwiseClone", "ReferenceEquals",
    };

    public static MethodModel? TryRead(MethodDeclarationSyntax method, string operationField, Context context)
    {
        var name = method.Identifier.ValueText;
        if (method.Modifiers.Count > 0
            || method.Body is not null
            || method.ExpressionBody is not null
            || method.TypeParameterList is not null
            || method.ConstraintClauses.Count > 0
            || method.ExplicitInterfaceSpecifier is not null
            || name == ClientParser.InvokerField
            || name == context.ClientName
            || ObjectMethodNames.Contains(name)
            || FastClientReader.OnlyAttribute(method.AttributeLists) is not { } attribute
            || ReadRequest(attribute, context) is not { } request
            || !RouteTemplateParser.TryParse(request.Template, out var route, out _)
            || ReadReturn(method.ReturnType, context) is not { } returns)
        {
            return null;
        }

        var (httpMethod, template, version) = request;
        var (returnType, shape, kind, result) = returns;

        var placeholders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in route)
        {
            if (part.ParameterName is { } placeholder)
            {
                placeholders.Add(placeholder);
            }
        }

        var parameters = ImmutableArray.CreateBuilder<ParameterModel>(method.ParameterList.Parameters.Count);
        string? envelope = null;
        var sawCancellation = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in method.ParameterList.Parameters)
        {
            if (!names.Add(parameter.Identifier.ValueText))
            {
                return null; // Two parameters of one name: a compiler error the full parser models.
            }

            var read = ReadParameter(parameter, placeholders, context, ref sawCancellation, ref envelope);
            if (read is null)
            {
                return null;
            }

            placeholders.Remove(read.MetadataName);
            parameters.Add(read);
        }

        if (placeholders.Count > 0)
        {
            return null; // A placeholder without its parameter: ATLAS1005, the full parser's to report.
        }

        return new MethodModel(
            Name: ClientParser.Identifier(name),
            TypeParameters: string.Empty,
            ExplicitInterface: null,
            OperationField: operationField,
            ReturnType: context.Names.TextOf(returnType),
            Shape: shape,
            Kind: kind,
            Result: result,
            HttpMethod: httpMethod,
            RouteTemplate: template,
            Version: version,
            Route: route.ToEquatableArray(),
            Parameters: parameters.ToImmutable().ToEquatableArray(),
            EnvelopeCondition: envelope,
            Paging: null,
            SunsetOperationId: CatalogRule.SunsetOf(httpMethod, template, version)?.OperationId,
            Unsupported: null);
    }

    /// <summary><c>[Get("route", Version = "…")]</c> and its siblings, with literal arguments only and a valid version.</summary>
    private static (string HttpMethod, string Template, string Version)? ReadRequest(AttributeSyntax attribute, Context context)
    {
        if (attribute.ArgumentList is not { Arguments.Count: 2 } arguments
            || arguments.Arguments[0] is not { NameEquals: null, NameColon: null, Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } routeLiteral }
            || arguments.Arguments[1] is not { NameEquals.Name.Identifier.ValueText: "Version", Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } versionLiteral }
            || routeLiteral.ContainsDiagnostics
            || versionLiteral.ContainsDiagnostics)
        {
            return null;
        }

        var version = versionLiteral.Token.ValueText;
        if (string.IsNullOrWhiteSpace(version) || !ResourceVersion.IsValid(version))
        {
            return null;
        }

        // The library's own five (same assembly as AtlasRequestAttribute): each has one constructor, taking the route.
        if (context.AttributeClassOf(attribute) is not { } attributeClass
            || context.Known.AtlasRequestAttribute is not { } requestAttribute
            || !SymbolEqualityComparer.Default.Equals(attributeClass.ContainingAssembly, requestAttribute.ContainingAssembly)
            || !SymbolHelpers.DerivesFrom(attributeClass, requestAttribute)
            || AtlasRequest.HttpMethodOf(attributeClass) is not { } httpMethod)
        {
            return null;
        }

        return (httpMethod, routeLiteral.Token.ValueText, version);
    }

    /// <summary><c>Task</c>, or <c>Task&lt;M&gt;</c>/<c>ValueTask&lt;M&gt;</c> of a non-generic type the built-in JSON context lists, no '?' anywhere.</summary>
    private static (ITypeSymbol Type, ReturnShape Shape, ResultKind Kind, ResultModel? Result)? ReadReturn(TypeSyntax syntax, Context context)
    {
        if (HasNullableSyntax(syntax)
            || context.TypeOf(syntax) is not INamedTypeSymbol type)
        {
            return null;
        }

        var known = context.Known;
        if (!type.IsGenericType)
        {
            return SymbolHelpers.Is(type, known.Task) ? (type, ReturnShape.Task, ResultKind.None, null) : null;
        }

        var shape = SymbolHelpers.Is(type, known.TaskOfT) ? ReturnShape.TaskOfT
            : SymbolHelpers.Is(type, known.ValueTaskOfT) ? ReturnShape.ValueTaskOfT
            : (ReturnShape?)null;
        if (shape is null
            || type.TypeArguments[0] is not INamedTypeSymbol { IsGenericType: false, TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Enum } inner
            || SymbolHelpers.Is(inner, known.AtlasResponse)
            || known.AtlasJsonContext is not { } atlasContext
            || JsonContextIndex.For(atlasContext, known).Find(inner)?.Expression is not { } expression)
        {
            return null;
        }

        return (type, shape.Value, ResultKind.Value, new ResultModel(expression, MayBeNull: false, TypeArgument: null));
    }

    private static ParameterModel? ReadParameter(
        ParameterSyntax parameter, HashSet<string> placeholders, Context context, ref bool sawCancellation, ref string? envelope)
    {
        var name = parameter.Identifier.ValueText;
        if (parameter.AttributeLists.Count > 0
            || parameter.Modifiers.Count > 0
            || parameter.Type is not { } typeSyntax
            || (typeSyntax is NullableTypeSyntax nullable ? HasNullableSyntax(nullable.ElementType) : HasNullableSyntax(typeSyntax))
            || context.TypeOf(typeSyntax) is not { } type
            || (typeSyntax is NullableTypeSyntax && !type.IsValueType))
        {
            return null; // '?' on a reference type: its annotation depends on the nullable context, which the full parser reads.
        }

        var known = context.Known;
        var underlying = ParameterTypes.Underlying(type, out var isNullableValueType);
        ParameterRole role;
        string? queryName = null;
        string? routeFormat = null;
        if (SymbolHelpers.Is(type, known.CancellationToken))
        {
            if (sawCancellation || placeholders.Contains(name))
            {
                return null;
            }

            sawCancellation = true;
            role = ParameterRole.Cancellation;
        }
        else if (placeholders.Contains(name))
        {
            routeFormat = ParameterTypes.RouteFormat(underlying, known);
            if (routeFormat is null)
            {
                return null;
            }

            role = ParameterRole.Route;
        }
        else
        {
            if (!ParameterTypes.IsQueryFormattable(underlying, known))
            {
                return null;
            }

            queryName = name;
            role = ParameterRole.Query;
            if (name == "envelope" && underlying.SpecialType == SpecialType.System_Boolean)
            {
                envelope = ClientParser.EnvelopeCondition(name, isNullableValueType);
            }
        }

        if (!LiteralDefaultValue.TryRead(parameter, type, out var hasDefault, out var value))
        {
            return null;
        }

        return new ParameterModel(
            Name: ClientParser.Identifier(name),
            MetadataName: name,
            Type: context.Names.TextOf(type),
            Role: role,
            QueryName: role == ParameterRole.Query ? QueryNameEscaping.Escape(queryName!) : null,
            RouteFormat: role == ParameterRole.Route ? routeFormat : null,
            Body: null,
            CanBeNull: isNullableValueType || type.IsReferenceType,
            IsNullableValueType: isNullableValueType,
            DefaultValue: hasDefault ? DefaultValueFormatter.Format(type, value) : null,
            Modifier: string.Empty);
    }

    private static bool HasNullableSyntax(TypeSyntax syntax)
        => syntax.DescendantNodesAndSelf().Any(node => node is NullableTypeSyntax);
}
