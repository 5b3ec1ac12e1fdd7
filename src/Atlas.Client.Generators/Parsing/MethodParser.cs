using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>What every method of one interface is parsed against.</summary>
internal sealed class MethodContext
{
    public MethodContext(
        INamedTypeSymbol iface, string clientName, WellKnownTypes known, INamedTypeSymbol? userJsonContext,
        IClientIssueSink? sink, CancellationToken cancellationToken)
    {
        Interface = iface;
        ClientName = clientName;
        Known = known;
        UserJsonContext = userJsonContext;
        Sink = sink;
        CancellationToken = cancellationToken;
    }

    public INamedTypeSymbol Interface { get; }

    public string ClientName { get; }

    public WellKnownTypes Known { get; }

    public INamedTypeSymbol? UserJsonContext { get; }

    public IClientIssueSink? Sink { get; }

    public CancellationToken CancellationToken { get; }
}

/// <summary>
/// Turns one abstract interface method into a <see cref="MethodModel"/>: HTTP attribute, route, version, return type,
/// JSON metadata and parameters, reporting each rule it breaks. A method that breaks any rule is still modelled (as
/// <see cref="MethodModel.Unsupported"/>) so that the class implements the whole interface and compiles.
/// </summary>
internal static class MethodParser
{
    public static MethodModel Parse(IMethodSymbol method, INamedTypeSymbol declaringInterface, string? explicitFor, string operationField, MethodContext context)
    {
        var sink = context.Sink;
        var known = context.Known;
        string? unsupported = explicitFor is null ? null : ClientDiagnostics.CollidingMember.Id;
        void Fail(DiagnosticDescriptor descriptor, Location? location, params object?[] args)
        {
            unsupported ??= descriptor.Id;
            sink?.Report(descriptor, location, args);
        }

        var typeParameters = string.Empty;
        if (method.TypeParameters.Length > 0)
        {
            Fail(ClientDiagnostics.GenericMethod, ClientParser.LocationOf(method), method.Name);
            typeParameters = "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">";
            // Only an explicit implementation can restate a generic signature without repeating its constraints.
            explicitFor ??= declaringInterface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        }

        // The HTTP attribute: exactly one of the five.
        var requests = AtlasRequest.AttributesOf(method, known);
        var httpMethod = string.Empty;
        var template = string.Empty;
        var version = string.Empty;
        var route = ImmutableArray<RoutePart>.Empty;
        AtlasRequest? request = null;
        if (requests.Length != 1)
        {
            Fail(ClientDiagnostics.MissingHttpAttribute, ClientParser.LocationOf(method), method.Name,
                requests.Length == 0 ? "has no HTTP attribute" : $"has {requests.Length} HTTP attributes");
        }
        else if (AtlasRequest.Read(requests[0]) is not { HttpMethod: { } readMethod } read)
        {
            Fail(ClientDiagnostics.MissingHttpAttribute, ClientParser.LocationOf(method), method.Name,
                $"has [{requests[0].AttributeClass!.Name}], which the generator cannot read an HTTP method from");
        }
        else
        {
            httpMethod = readMethod;
            request = read;
            template = request.Route ?? string.Empty;
            if (!RouteTemplateParser.TryParse(template, out route, out var templateError))
            {
                Fail(ClientDiagnostics.InvalidRouteTemplate, ArgumentLocation(request, request.RouteArgument(context.CancellationToken), context.CancellationToken), method.Name, templateError);
            }

            version = ReadVersion(method, request, context, Fail);
        }

        // The return type and, for a result, where its JSON metadata lives.
        var returns = ReturnTypeParser.Parse(method, context, Fail);

        var placeholders = new HashSet<string>(route.Where(p => p.ParameterName is not null).Select(p => p.ParameterName!), StringComparer.Ordinal);
        var parameters = ParseParameters(method, httpMethod, placeholders, context, Fail, out var envelope);
        var paging = returns.Kind == ResultKind.Items
            ? PagingParser.Parse(method, httpMethod, request?.Attribute, returns.ItemType!, parameters, context, Fail)
            : null;

        foreach (var missing in placeholders.Where(name => !method.Parameters.Any(p => p.Name == name)))
        {
            var nearMiss = method.Parameters.FirstOrDefault(p => string.Equals(p.Name, missing, StringComparison.OrdinalIgnoreCase));
            Fail(ClientDiagnostics.PlaceholderWithoutParameter, ArgumentLocation(request!, request!.RouteArgument(context.CancellationToken), context.CancellationToken), missing, method.Name,
                nearMiss is null ? string.Empty : $" (parameter '{nearMiss.Name}' differs only in case)");
        }

        var sunset = unsupported is null && httpMethod.Length > 0 ? CatalogRule.SunsetOf(httpMethod, template, version)?.OperationId : null;
        return new MethodModel(
            Name: ClientParser.Identifier(method.Name),
            TypeParameters: typeParameters,
            ExplicitInterface: explicitFor,
            OperationField: operationField,
            ReturnType: ClientParser.TypeText(method.ReturnType),
            Shape: returns.Shape,
            Kind: returns.Kind,
            Result: returns.Result,
            HttpMethod: httpMethod,
            RouteTemplate: template,
            Version: version,
            Route: route.ToEquatableArray(),
            Parameters: parameters,
            EnvelopeCondition: envelope,
            Paging: paging,
            SunsetOperationId: sunset,
            Unsupported: unsupported);
    }

    private static string ReadVersion(IMethodSymbol method, AtlasRequest request, MethodContext context, Action<DiagnosticDescriptor, Location?, object?[]> fail)
    {
        var version = request.Version;
        if (string.IsNullOrWhiteSpace(version))
        {
            fail(ClientDiagnostics.MissingVersion, ArgumentLocation(request, request.VersionArgument(context.CancellationToken), context.CancellationToken), new object?[] { method.Name });
            return string.Empty;
        }

        if (!ResourceVersion.IsValid(version!))
        {
            fail(ClientDiagnostics.MalformedVersion, ArgumentLocation(request, request.VersionArgument(context.CancellationToken), context.CancellationToken), new object?[] { method.Name, version });
            return string.Empty;
        }

        return version!;
    }

    private static EquatableArray<ParameterModel> ParseParameters(
        IMethodSymbol method, string httpMethod, HashSet<string> placeholders, MethodContext context,
        Action<DiagnosticDescriptor, Location?, object?[]> fail, out string? envelope)
    {
        var known = context.Known;
        envelope = null;
        var result = ImmutableArray.CreateBuilder<ParameterModel>();
        var queryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var sawCancellation = false;
        string? body = null;
        foreach (var parameter in method.Parameters)
        {
            var location = ClientParser.LocationOf(parameter);
            var underlying = ParameterTypes.Underlying(parameter.Type, out var isNullableValueType);
            var canBeNull = isNullableValueType || parameter.Type.IsReferenceType;
            var role = ParameterRole.Unsupported;
            string? queryName = null;
            string? routeFormat = null;
            ResultModel? bodyModel = null;
            var query = parameter.GetAttributes().FirstOrDefault(a => SymbolHelpers.Is(a.AttributeClass, known.QueryAttribute));

            if (parameter.RefKind != RefKind.None)
            {
                fail(ClientDiagnostics.UnsupportedParameter, location, new object?[]
                {
                    parameter.Name, method.Name, $"is declared '{RefKindKeyword(parameter.RefKind)}'; request values are passed by value, remove the modifier",
                });
            }
            else if (SymbolHelpers.Is(parameter.Type, known.CancellationToken))
            {
                // The token is never sent: it cannot fill a placeholder, and a [Body] or [Query] on it would be ignored.
                if (placeholders.Contains(parameter.Name))
                {
                    fail(ClientDiagnostics.UnsupportedRouteParameterType, location, new object?[] { parameter.Name, method.Name, parameter.Type.ToDisplayString() });
                }
                else if (query is not null || parameter.GetAttributes().Any(a => SymbolHelpers.Is(a.AttributeClass, known.BodyAttribute)))
                {
                    fail(ClientDiagnostics.UnsupportedParameter, location, new object?[]
                    {
                        parameter.Name, method.Name, $"is the call's CancellationToken, which is never sent; remove its [{(query is not null ? "Query" : "Body")}]",
                    });
                }
                else if (sawCancellation)
                {
                    fail(ClientDiagnostics.UnsupportedParameter, location, new object?[]
                    {
                        parameter.Name, method.Name, "is a second CancellationToken; a call has one, remove this parameter",
                    });
                }
                else
                {
                    role = ParameterRole.Cancellation;
                    sawCancellation = true;
                }
            }
            else if (parameter.GetAttributes().Any(a => SymbolHelpers.Is(a.AttributeClass, known.BodyAttribute)))
            {
                var problem = BodyParameters.Problem(parameter, httpMethod, placeholders, query is not null, body);
                if (problem is not null)
                {
                    fail(ClientDiagnostics.BodyNotAllowed, location, new object?[] { parameter.Name, method.Name, problem });
                }
                else
                {
                    body = parameter.Name;
                    // The body is null-checked, so its own '?' is moot; one inside it (List<Widget?>) must be spelled out.
                    bodyModel = ReturnTypeParser.Resolve(
                        parameter.Type, "sends as its request body", depth: 0, method, context, fail, BodyParameters.TypeLocation(parameter, context.CancellationToken),
                        ReturnTypeParser.Annotations.BelowTop);
                    role = bodyModel is null ? ParameterRole.Unsupported : ParameterRole.Body;
                }
            }
            else if (placeholders.Contains(parameter.Name))
            {
                routeFormat = ParameterTypes.RouteFormat(underlying, known);
                if (query is not null)
                {
                    fail(ClientDiagnostics.UnsupportedParameter, location, new object?[]
                    {
                        parameter.Name, method.Name, $"fills the route placeholder '{{{parameter.Name}}}' and also has [Query]; remove [Query], or rename the placeholder",
                    });
                }
                else if (routeFormat is null)
                {
                    fail(ClientDiagnostics.UnsupportedRouteParameterType, location, new object?[] { parameter.Name, method.Name, parameter.Type.ToDisplayString() });
                }
                else
                {
                    role = ParameterRole.Route;
                }
            }
            else
            {
                queryName = parameter.Name;
                if (query is not null && query.ConstructorArguments.Length == 1)
                {
                    queryName = query.ConstructorArguments[0].Value as string;
                }

                if (string.IsNullOrWhiteSpace(queryName))
                {
                    fail(ClientDiagnostics.InvalidQueryName, location, new object?[]
                    {
                        parameter.Name, method.Name, "has an empty name in [Query(\"\")]; give the name Atlas expects, or use [Query] to keep the parameter's own",
                    });
                }
                else if (queryNames.TryGetValue(queryName!, out var other))
                {
                    fail(ClientDiagnostics.InvalidQueryName, location, new object?[]
                    {
                        parameter.Name, method.Name, $"is sent as '{queryName}', like parameter '{other}'; give each query parameter its own name",
                    });
                }
                else if (!ParameterTypes.IsQueryFormattable(underlying, known))
                {
                    queryNames[queryName!] = parameter.Name;
                    fail(ClientDiagnostics.UnsupportedQueryParameterType, location, new object?[] { parameter.Name, method.Name, parameter.Type.ToDisplayString() });
                }
                else
                {
                    queryNames[queryName!] = parameter.Name;
                    role = ParameterRole.Query;
                    if (queryName == "envelope" && underlying.SpecialType == SpecialType.System_Boolean)
                    {
                        envelope = ClientParser.EnvelopeCondition(parameter.Name, isNullableValueType);
                    }
                }
            }

            result.Add(new ParameterModel(
                Name: ClientParser.Identifier(parameter.Name),
                MetadataName: parameter.Name,
                Type: ClientParser.TypeText(parameter.Type),
                Role: role,
                QueryName: role == ParameterRole.Query ? QueryNameEscaping.Escape(queryName!) : null,
                RouteFormat: role == ParameterRole.Route ? routeFormat : null,
                Body: bodyModel,
                CanBeNull: canBeNull,
                IsNullableValueType: isNullableValueType,
                DefaultValue: DefaultValueFormatter.Format(parameter, context.CancellationToken),
                Modifier: ModifierOf(parameter)));
        }

        return result.ToImmutable().ToEquatableArray();
    }

    /// <summary>What must precede the type for the generated method to match the interface's signature.</summary>
    private static string ModifierOf(IParameterSymbol parameter)
        => parameter.IsParams ? "params " : parameter.RefKind == RefKind.None ? string.Empty : RefKindKeyword(parameter.RefKind) + " ";

    private static string RefKindKeyword(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        _ => "in",
    };

    /// <summary>Where to point at an attribute's argument: the whole argument when it is written, else the attribute.</summary>
    private static Location? ArgumentLocation(AtlasRequest request, AttributeArgumentSyntax? argument, CancellationToken cancellationToken)
        => argument?.GetLocation() ?? request.AttributeLocation(cancellationToken);
}
