using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// The methods a client implements, by signature: name, then each parameter's ref kind and fully qualified type. The
/// signature text is what decides (two types that display alike are one signature, as they always were), but it is
/// only built for methods that share a name and parameter count with an earlier one, the only ones it can match:
/// building it for every method was a fifth of the generator's transform.
/// </summary>
internal sealed class SignatureSet
{
    private readonly Dictionary<(string Name, int Arity), Group> _groups = new();

    /// <summary>The first method added with the same signature as <paramref name="method"/>; null (and added) if none.</summary>
    public IMethodSymbol? FirstWithSameSignatureOrAdd(IMethodSymbol method)
    {
        var key = (method.Name, method.Parameters.Length);
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = new Group(method);
            return null;
        }

        return group.FirstWithSameSignatureOrAdd(method);
    }

    private static string SignatureOf(IMethodSymbol method)
        => method.Name + "(" + string.Join(",", method.Parameters.Select(p => p.RefKind + " " + p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))) + ")";

    private sealed class Group
    {
        private readonly IMethodSymbol _first;
        private Dictionary<string, IMethodSymbol>? _bySignature;

        public Group(IMethodSymbol first) => _first = first;

        public IMethodSymbol? FirstWithSameSignatureOrAdd(IMethodSymbol method)
        {
            _bySignature ??= new Dictionary<string, IMethodSymbol> { [SignatureOf(_first)] = _first };
            var signature = SignatureOf(method);
            if (_bySignature.TryGetValue(signature, out var first))
            {
                return first;
            }

            _bySignature[signature] = method;
            return null;
        }
    }
}
