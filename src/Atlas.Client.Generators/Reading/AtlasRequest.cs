using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Reading;

/// <summary>
/// The one reading of an <c>[AtlasClient]</c> method's HTTP attribute (<c>[Get]</c>, <c>[Post]</c>, …): its HTTP method,
/// route and resource version, and where each is written. The generator's parser, every analyzer and the code fixes read
/// the attribute through this type, so they cannot disagree about what a method calls.
/// </summary>
internal sealed class AtlasRequest
{
    // Keyed by the attribute's simple name; HttpMethodOf checks the rest of "Atlas.Client.GetAttribute" structurally,
    // which a ToDisplayString per method used to do by building the whole name.
    private static readonly Dictionary<string, string> HttpMethods = new(StringComparer.Ordinal)
    {
        ["GetAttribute"] = "GET",
        ["PostAttribute"] = "POST",
        ["PutAttribute"] = "PUT",
        ["PatchAttribute"] = "PATCH",
        ["DeleteAttribute"] = "DELETE",
    };

    private AtlasRequest(AttributeData attribute)
    {
        Attribute = attribute;
        HttpMethod = HttpMethodOf(attribute.AttributeClass);
        Route = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Version")
            {
                Version = argument.Value.Value as string;
            }
        }
    }

    /// <summary>The attribute as the compiler bound it.</summary>
    public AttributeData Attribute { get; }

    /// <summary><c>GET</c>, <c>POST</c>, …; null for a request attribute that is not one of Atlas.Client's five.</summary>
    public string? HttpMethod { get; }

    /// <summary>The route template, the attribute's one constructor argument; null when it is not a constant string.</summary>
    public string? Route { get; }

    /// <summary>The <c>Version</c> named argument; null when it is absent or not a constant string.</summary>
    public string? Version { get; }

    /// <summary>Every attribute of <paramref name="method"/> that derives from <c>AtlasRequestAttribute</c>, in source order.</summary>
    public static ImmutableArray<AttributeData> AttributesOf(IMethodSymbol method, WellKnownTypes known)
    {
        var builder = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolHelpers.DerivesFrom(attribute.AttributeClass, known.AtlasRequestAttribute))
            {
                builder.Add(attribute);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The request of a method of an <c>[AtlasClient]</c> interface: its one request attribute, or the first when it has
    /// several (which the generator reports); null for any other method.
    /// </summary>
    public static AtlasRequest? Of(IMethodSymbol method, WellKnownTypes known)
    {
        if (method.ContainingType is not { TypeKind: TypeKind.Interface } type || !known.IsAtlasClient(type))
        {
            return null;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolHelpers.DerivesFrom(attribute.AttributeClass, known.AtlasRequestAttribute))
            {
                return new AtlasRequest(attribute);
            }
        }

        return null;
    }

    /// <summary>Reads one request attribute.</summary>
    public static AtlasRequest Read(AttributeData attribute) => new(attribute);

    /// <summary>The HTTP method of Atlas.Client's own Get/Post/Put/Patch/Delete attributes (not generic, not nested); else null.</summary>
    public static string? HttpMethodOf(INamedTypeSymbol? attributeClass)
        => attributeClass is { Arity: 0, ContainingType: null, ContainingNamespace: { Name: "Client", ContainingNamespace: { Name: "Atlas", ContainingNamespace.IsGlobalNamespace: true } } }
            && HttpMethods.TryGetValue(attributeClass.Name, out var httpMethod)
            ? httpMethod
            : null;

    /// <summary>The attribute as written, or null when it comes from metadata.</summary>
    public AttributeSyntax? Syntax(CancellationToken cancellationToken)
        => Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    /// <summary>Where the attribute is written.</summary>
    public Location? AttributeLocation(CancellationToken cancellationToken) => Syntax(cancellationToken)?.GetLocation();

    /// <summary>The route argument as written; null when there is none or the attribute comes from metadata.</summary>
    public AttributeArgumentSyntax? RouteArgument(CancellationToken cancellationToken)
        => Syntax(cancellationToken) is { } syntax ? RouteArgument(syntax) : null;

    /// <summary>The <c>Version = "…"</c> argument as written; null when there is none or the attribute comes from metadata.</summary>
    public AttributeArgumentSyntax? VersionArgument(CancellationToken cancellationToken)
        => Syntax(cancellationToken) is { } syntax ? VersionArgument(syntax) : null;

    /// <summary>The argument that carries the route: the first positional one (plain, or named <c>route:</c>).</summary>
    public static AttributeArgumentSyntax? RouteArgument(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is null)
        {
            return null;
        }

        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is null)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The <c>Version = "…"</c> argument, or null.</summary>
    public static AttributeArgumentSyntax? VersionArgument(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is null)
        {
            return null;
        }

        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == "Version")
            {
                return argument;
            }
        }

        return null;
    }
}
