using System.Collections.Concurrent;
using System.Collections.Generic;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>
/// Per compilation: the Atlas.Client attribute types, resolved once, and a cache from method to the sunset operation its
/// route addresses (or none). Interface methods of <c>[AtlasClient]</c> interfaces are judged by their route; class
/// methods (the generated <c>…Client</c>, a hand-written fake) by the interface member they implement.
/// </summary>
internal sealed class SunsetMethodIndex
{
    public const string AtlasClientAttributeName = "Atlas.Client.AtlasClientAttribute";
    public const string AtlasRequestAttributeName = "Atlas.Client.AtlasRequestAttribute";

    private static readonly SunsetBinding None = new(null, null, null);

    private readonly INamedTypeSymbol _clientAttribute;
    private readonly INamedTypeSymbol _requestAttribute;
    private readonly ConcurrentDictionary<IMethodSymbol, SunsetBinding> _cache = new(SymbolEqualityComparer.Default);
    private readonly Compilation _compilation;
    private HashSet<string>? _clientMethodNames;

    private SunsetMethodIndex(Compilation compilation, INamedTypeSymbol clientAttribute, INamedTypeSymbol requestAttribute)
    {
        _compilation = compilation;
        _clientAttribute = clientAttribute;
        _requestAttribute = requestAttribute;
    }

    /// <summary>Null when the compilation does not reference Atlas.Client: then there is nothing to analyse.</summary>
    public static SunsetMethodIndex? Create(Compilation compilation)
    {
        var client = compilation.GetTypeByMetadataName(AtlasClientAttributeName);
        var request = compilation.GetTypeByMetadataName(AtlasRequestAttributeName);
        return client is null || request is null ? null : new SunsetMethodIndex(compilation, client, request);
    }

    /// <summary>
    /// Whether some <c>[AtlasClient]</c> interface visible to this compilation (declared in it, or in Atlas.Client or an
    /// assembly that references it) has a method of this name: a method of any other name cannot be, or implement,
    /// one, so most calls are dismissed by one string look-up before any symbol is compared.
    /// </summary>
    public bool IsClientMethodName(string name)
    {
        var names = _clientMethodNames;
        if (names is null)
        {
            // Built once per compilation on first use; a race builds it twice, with the same result.
            names = CollectClientMethodNames();
            _clientMethodNames = names;
        }

        return names.Contains(name);
    }

    private HashSet<string> CollectClientMethodNames()
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        AddClientMethodNames(_compilation.Assembly.GlobalNamespace, names);
        foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == "Atlas.Client" || ReferencesAtlasClient(assembly))
            {
                AddClientMethodNames(assembly.GlobalNamespace, names);
            }
        }

        return names;
    }

    private static bool ReferencesAtlasClient(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == "Atlas.Client")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AddClientMethodNames(INamespaceSymbol ns, HashSet<string> names)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                AddClientMethodNames(inner, names);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddClientMethodNames(type, names);
            }
        }
    }

    private void AddClientMethodNames(INamedTypeSymbol type, HashSet<string> names)
    {
        if (type.TypeKind == TypeKind.Interface && HasAttribute(type, _clientAttribute))
        {
            foreach (var name in type.MemberNames)
            {
                names.Add(name);
            }
        }

        foreach (var nested in type.GetTypeMembers())
        {
            AddClientMethodNames(nested, names);
        }
    }

    /// <summary>The binding of an <c>[AtlasClient]</c> interface method to a sunset operation, or null.</summary>
    public SunsetBinding? ForInterfaceMethod(IMethodSymbol method)
    {
        if (RequestAttributeOf(method) is not { } attribute || RouteOf(attribute) is not { } route)
        {
            return null;
        }

        var match = SunsetRouteMatch.TryMatch(route);
        return match is null ? null : new SunsetBinding(match.Operation, method, attribute);
    }

    /// <summary>The request attribute (<c>[Get]</c>, <c>[Post]</c>, …) of a method of an <c>[AtlasClient]</c> interface.</summary>
    public AttributeData? RequestAttributeOf(IMethodSymbol method)
    {
        if (method.ContainingType is not { TypeKind: TypeKind.Interface } type || !HasAttribute(type, _clientAttribute))
        {
            return null;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (DerivesFrom(attribute.AttributeClass, _requestAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The route template: the request attribute's one constructor argument.</summary>
    public static string? RouteOf(AttributeData attribute)
        => attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

    /// <summary>The <c>Version</c> named argument, or null.</summary>
    public static string? VersionOf(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Version")
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    /// <summary>The HTTP method of <c>GetAttribute</c>, <c>PostAttribute</c>, …; null for any other request attribute.</summary>
    public static string? HttpMethodOf(INamedTypeSymbol? attributeClass)
        => attributeClass?.ContainingNamespace?.ToDisplayString() != "Atlas.Client" ? null : attributeClass.Name switch
        {
            "GetAttribute" => "GET",
            "PostAttribute" => "POST",
            "PutAttribute" => "PUT",
            "PatchAttribute" => "PATCH",
            "DeleteAttribute" => "DELETE",
            _ => null,
        };

    /// <summary>
    /// For any invoked or referenced method: the sunset binding of the interface method it is, or implements. Cached,
    /// so the common case (a method that has nothing to do with Atlas) costs one dictionary look-up after the first.
    /// </summary>
    public SunsetBinding? ForCalledMethod(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        if (!_cache.TryGetValue(method, out var binding))
        {
            binding = Compute(method) ?? None;
            _cache.TryAdd(method, binding);
        }

        return binding.Operation is null ? null : binding;
    }

    private SunsetBinding? Compute(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type.TypeKind == TypeKind.Interface)
        {
            return ForInterfaceMethod(method);
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (!HasAttribute(contract, _clientAttribute))
            {
                continue;
            }

            foreach (var member in contract.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), method))
                {
                    return ForInterfaceMethod(candidate);
                }
            }
        }

        return null;
    }

    internal static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An <c>[AtlasClient]</c> interface method whose route addresses a sunset operation.</summary>
internal sealed class SunsetBinding
{
    public SunsetBinding(SunsetOperation? operation, IMethodSymbol? interfaceMethod, AttributeData? requestAttribute)
    {
        Operation = operation;
        InterfaceMethod = interfaceMethod;
        RequestAttribute = requestAttribute;
    }

    public SunsetOperation? Operation { get; }

    public IMethodSymbol? InterfaceMethod { get; }

    public AttributeData? RequestAttribute { get; }
}
