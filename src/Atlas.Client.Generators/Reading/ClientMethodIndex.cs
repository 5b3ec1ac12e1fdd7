using System.Collections.Concurrent;
using System.Collections.Generic;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Reading;

/// <summary>
/// Per compilation: the <c>[AtlasClient]</c> methods the analyzers and code fixes ask about, through the one request
/// reader (<see cref="AtlasRequest"/>) and the one catalog rule (<see cref="SunsetRouteMatch"/>), with a cache from
/// method to the sunset operation its route addresses (or none). Interface methods of <c>[AtlasClient]</c> interfaces
/// are judged by their route; class methods (the generated <c>…Client</c>, a hand-written fake) by the interface member
/// they implement.
/// </summary>
internal sealed class ClientMethodIndex
{
    private static readonly SunsetBinding None = new(null, null, null);

    private readonly WellKnownTypes _known;
    private readonly ConcurrentDictionary<IMethodSymbol, SunsetBinding> _cache = new(SymbolEqualityComparer.Default);
    private HashSet<string>? _clientMethodNames;

    private ClientMethodIndex(WellKnownTypes known) => _known = known;

    /// <summary>Null when the compilation does not reference Atlas.Client: then there is nothing to analyse.</summary>
    public static ClientMethodIndex? Create(Compilation compilation)
    {
        var known = WellKnownTypes.For(compilation);
        return known.ReferencesAtlasClient ? new ClientMethodIndex(known) : null;
    }

    public WellKnownTypes Known => _known;

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
        AddClientMethodNames(_known.Compilation.Assembly.GlobalNamespace, names);
        foreach (var assembly in _known.Compilation.SourceModule.ReferencedAssemblySymbols)
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
        if (type.TypeKind == TypeKind.Interface && _known.IsAtlasClient(type))
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
        if (RequestOf(method) is not { Route: { } route } request)
        {
            return null;
        }

        var match = SunsetRouteMatch.TryMatch(route, request.HttpMethod, request.Version);
        return match is null ? null : new SunsetBinding(match.Operation, method, request);
    }

    /// <summary>The request (<c>[Get]</c>, <c>[Post]</c>, …) of a method of an <c>[AtlasClient]</c> interface, or null.</summary>
    public AtlasRequest? RequestOf(IMethodSymbol method) => AtlasRequest.Of(method, _known);

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
            if (!_known.IsAtlasClient(contract))
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
}

/// <summary>An <c>[AtlasClient]</c> interface method whose route addresses a sunset operation.</summary>
internal sealed class SunsetBinding
{
    public SunsetBinding(SunsetOperation? operation, IMethodSymbol? interfaceMethod, AtlasRequest? request)
    {
        Operation = operation;
        InterfaceMethod = interfaceMethod;
        Request = request;
    }

    public SunsetOperation? Operation { get; }

    public IMethodSymbol? InterfaceMethod { get; }

    public AtlasRequest? Request { get; }
}
