using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// The model <see cref="FastClientReader"/> read from one declaration, with everything outside the declaration's syntax
/// it depended on: the symbol each written name bound to, the package's well-known types, and the namespace facts
/// (declared once, no type of the client's name). A new compilation reuses the model when the declaration is the same
/// node and each of those still holds; the names are re-bound through <see cref="ScopedNameCache"/>, once per scope.
/// <para>
/// Only models whose every symbol comes from metadata are kept: those symbols are shared by the compilations of one
/// set of references, so "the same symbol" is exact, and holding them keeps no compilation alive. A model that names a
/// type of the user's own is read anew on each compilation (its symbols are new each time).
/// </para>
/// </summary>
internal sealed class FastReadMemo
{
    private readonly string _scope;
    private readonly string _namespaceKey;
    private readonly string _clientName;
    private readonly Dependency[] _dependencies;
    private readonly ISymbol?[] _known;

    private FastReadMemo(ClientModel model, string scope, string namespaceKey, Dependency[] dependencies, ISymbol?[] known)
    {
        Model = model;
        _scope = scope;
        _namespaceKey = namespaceKey;
        _clientName = model.ClientName;
        _dependencies = dependencies;
        _known = known;
    }

    public ClientModel Model { get; }

    /// <summary>Whether <see cref="Model"/> is still what reading <paramref name="declaration"/> in this compilation gives.</summary>
    public bool StillHolds(
        InterfaceDeclarationSyntax declaration, WellKnownTypes known, ScopedNameCache names, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (!SameKnown(known))
        {
            return false;
        }

        if (names.NamespaceOf(_namespaceKey, semanticModel.Compilation) is not { } containingNamespace
            || FastClientReader.SingleDeclarationOf(declaration, containingNamespace) is null
            || !FastClientReader.HasNoTypeNamed(_clientName, containingNamespace))
        {
            return false;
        }

        foreach (var dependency in _dependencies)
        {
            var now = dependency.Node is AttributeSyntax attribute
                ? names.AttributeClassOf(_scope, dependency.Text, attribute, semanticModel, cancellationToken)
                : names.TypeOf(_scope, dependency.Text, (TypeSyntax)dependency.Node, semanticModel, cancellationToken);
            if (!SymbolEqualityComparer.Default.Equals(now, dependency.Symbol))
            {
                return false;
            }
        }

        return true;
    }

    // The well-known types the reading compares with: new instances mean new references, so nothing can be reused.
    private static readonly Func<WellKnownTypes, ISymbol?>[] KnownTypes =
    {
        k => k.AtlasClientAttribute, k => k.AtlasRequestAttribute, k => k.AtlasJsonContext, k => k.AtlasResponse, k => k.Task,
        k => k.TaskOfT, k => k.ValueTaskOfT, k => k.CancellationToken, k => k.Guid, k => k.DateTimeOffset,
    };

    // Checked on every edit for every remembered declaration, so without building an array.
    private bool SameKnown(WellKnownTypes known)
    {
        for (var i = 0; i < KnownTypes.Length; i++)
        {
            if (!ReferenceEquals(_known[i], KnownTypes[i](known)))
            {
                return false;
            }
        }

        return true;
    }

    private static ISymbol?[] KnownOf(WellKnownTypes known) => KnownTypes.Select(get => get(known)).ToArray();

    private static bool IsFromMetadata(ISymbol? symbol) => symbol switch
    {
        null => true,
        INamedTypeSymbol { IsGenericType: true } generic => generic.OriginalDefinition.DeclaringSyntaxReferences.IsEmpty
            && (generic.IsDefinition || AllFromMetadata(generic.TypeArguments)),
        IArrayTypeSymbol array => IsFromMetadata(array.ElementType),
        ITypeParameterSymbol => false,
        _ => symbol.DeclaringSyntaxReferences.IsEmpty,
    };

    private static bool AllFromMetadata(IEnumerable<ISymbol?> symbols)
    {
        foreach (var symbol in symbols)
        {
            if (!IsFromMetadata(symbol))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name as written (its cache key), where, and what it bound to.</summary>
    private sealed class Dependency
    {
        public Dependency(string text, SyntaxNode node, ISymbol? symbol)
        {
            Text = text;
            Node = node;
            Symbol = symbol;
        }

        public string Text { get; }

        public SyntaxNode Node { get; }

        public ISymbol? Symbol { get; }
    }

    /// <summary>The memo slot of one declaration (a reference written atomically, so parallel runs need no lock).</summary>
    internal sealed class Box
    {
        public volatile FastReadMemo? Memo;
    }

    /// <summary>Binds the names one fresh reading uses, noting each for the memo.</summary>
    internal sealed class Recorder
    {
        private readonly List<Dependency> _dependencies = new();

        public Recorder(string scope, string? namespaceKey)
        {
            Scope = scope;
            NamespaceKey = namespaceKey;
        }

        public string Scope { get; }

        /// <summary>The declaration's namespace as <see cref="ScopedNameCache.NamespaceKeyOf"/> writes it; null when it cannot be looked up by name.</summary>
        public string? NamespaceKey { get; }

        public INamedTypeSymbol? AttributeClassOf(ScopedNameCache names, AttributeSyntax attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var text = attribute.Name.ToString();
            var symbol = names.AttributeClassOf(Scope, text, attribute, semanticModel, cancellationToken);
            _dependencies.Add(new Dependency(text, attribute, symbol));
            return symbol;
        }

        public ITypeSymbol? TypeOf(ScopedNameCache names, TypeSyntax syntax, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var text = syntax.ToString();
            var symbol = names.TypeOf(Scope, text, syntax, semanticModel, cancellationToken);
            _dependencies.Add(new Dependency(text, syntax, symbol));
            return symbol;
        }

        /// <summary>The memo of <paramref name="model"/>, or null when a symbol it depends on is declared in source.</summary>
        public FastReadMemo? ToMemo(ClientModel model, WellKnownTypes known)
        {
            var knownSymbols = KnownOf(known);
            if (NamespaceKey is null || !AllFromMetadata(knownSymbols) || !AllFromMetadata(_dependencies.Select(d => d.Symbol)))
            {
                return null;
            }

            return new FastReadMemo(model, Scope, NamespaceKey, _dependencies.ToArray(), knownSymbols);
        }
    }
}
