using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// What a type or attribute name written in a top-level interface binds to, bound once per compilation for each scope
/// instead of once per use. In C# that meaning depends only on the compilation, the enclosing namespace declarations
/// and the using/extern-alias directives in scope (global usings are the same in every file); <see cref="FastClientReader"/>
/// only asks about single-declaration, non-generic, top-level interfaces whose members are all methods, which add no
/// type names of their own. Five hundred interfaces in files with the same usings then cost a handful of bindings per
/// edit instead of thousands.
/// </summary>
internal sealed class ScopedNameCache
{
    // Weak keys, like WellKnownTypes: the symbols go with the compilation they belong to.
    private static readonly ConditionalWeakTable<Compilation, ScopedNameCache> PerCompilation = new();

    // Scope key, then the name as written: two lookups, and no key string built per use.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ITypeSymbol?>> _types = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, INamedTypeSymbol?>> _attributes = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, INamespaceSymbol?> _namespaces = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ITypeSymbol, string> _typeTexts = new(SymbolEqualityComparer.IncludeNullability);

    // Per tree, for as long as the tree lives (an edit makes a new tree): whether it declares a 'file' type.
    private static readonly ConditionalWeakTable<SyntaxTree, object> FileLocalTrees = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    public static ScopedNameCache For(Compilation compilation) => PerCompilation.GetValue(compilation, static _ => new ScopedNameCache());

    /// <summary>
    /// A key naming the scope <paramref name="declaration"/> sits in: each enclosing namespace declaration's name and
    /// directives, and the file's directives, outermost last. Written as the source spells them, so equal keys mean equal
    /// scopes (two spellings of one scope only miss the cache).
    /// </summary>
    public static string ScopeOf(MemberDeclarationSyntax declaration)
    {
        var key = new StringBuilder();
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    key.Append("namespace ").Append(ns.Name.ToString()).Append('{');
                    AppendDirectives(key, ns.Externs, ns.Usings);
                    key.Append('}');
                    break;
                case CompilationUnitSyntax unit:
                    key.Append("file{");
                    AppendDirectives(key, unit.Externs, unit.Usings);
                    key.Append('}');
                    break;
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// Whether <paramref name="tree"/> declares a file-local type: such a type is seen by name in its own file only, so
    /// in that file the scope key does not determine what a name binds to, and the fast path stays out of it.
    /// </summary>
    public static bool DeclaresFileLocalTypes(SyntaxTree tree)
        => FileLocalTrees.GetValue(tree, static t =>
        {
            foreach (var node in t.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                if (node is BaseTypeDeclarationSyntax type && type.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    return Yes;
                }
            }

            return No;
        }) == Yes;

    /// <summary>The type <paramref name="syntax"/> (written <paramref name="text"/>) names in <paramref name="scope"/>, or null when it names none.</summary>
    public ITypeSymbol? TypeOf(string scope, string text, TypeSyntax syntax, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var inScope = _types.GetOrAdd(scope, static _ => new ConcurrentDictionary<string, ITypeSymbol?>(System.StringComparer.Ordinal));
        if (inScope.TryGetValue(text, out var type))
        {
            return type;
        }

        type = semanticModel.GetTypeInfo(syntax, cancellationToken).Type;
        return inScope.GetOrAdd(text, type is null or { TypeKind: TypeKind.Error } ? null : type);
    }

    /// <summary>
    /// The class of the attribute <paramref name="attribute"/> (its name written <paramref name="text"/>) applies, read from
    /// the first binding of that name in <paramref name="scope"/>: which constructor it calls is the caller's to check
    /// from the arguments' shape.
    /// </summary>
    public INamedTypeSymbol? AttributeClassOf(string scope, string text, AttributeSyntax attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var inScope = _attributes.GetOrAdd(scope, static _ => new ConcurrentDictionary<string, INamedTypeSymbol?>(System.StringComparer.Ordinal));
        if (inScope.TryGetValue(text, out var type))
        {
            return type;
        }

        type = semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            ? constructor.ContainingType
            : null;
        return inScope.GetOrAdd(text, type);
    }

    /// <summary>
    /// The namespace a top-level declaration is declared in, as dotted identifiers ("" for the global namespace); null when
    /// a name on the way is not a plain identifier (an alias-qualified name).
    /// </summary>
    public static string? NamespaceKeyOf(MemberDeclarationSyntax declaration)
    {
        var parts = new List<string>();
        for (var node = declaration.Parent; node is BaseNamespaceDeclarationSyntax ns; node = node.Parent)
        {
            if (!AddParts(ns.Name, parts))
            {
                return null;
            }
        }

        return string.Join(".", parts);
    }

    /// <summary>The namespace <paramref name="key"/> (<see cref="NamespaceKeyOf"/>) names, looked up from the global namespace; null when there is none.</summary>
    public INamespaceSymbol? NamespaceOf(string key, Compilation compilation)
    {
        if (_namespaces.TryGetValue(key, out var found))
        {
            return found;
        }

        INamespaceSymbol? current = compilation.GlobalNamespace;
        if (key.Length > 0)
        {
            foreach (var part in key.Split('.'))
            {
                current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            }
        }

        return _namespaces.GetOrAdd(key, current);
    }

    /// <summary><see cref="ClientParser.TypeText"/> of a type, formatted once per compilation.</summary>
    public string TextOf(ITypeSymbol type) => _typeTexts.GetOrAdd(type, static t => ClientParser.TypeText(t));

    // Prepends the identifiers of A.B (outer namespace declarations are met after inner ones).
    private static bool AddParts(NameSyntax name, List<string> parts)
    {
        var own = new List<string>();
        for (var current = name; ;)
        {
            switch (current)
            {
                case QualifiedNameSyntax qualified:
                    own.Insert(0, qualified.Right.Identifier.ValueText);
                    current = qualified.Left;
                    continue;
                case IdentifierNameSyntax identifier:
                    own.Insert(0, identifier.Identifier.ValueText);
                    parts.InsertRange(0, own);
                    return true;
                default:
                    return false;
            }
        }
    }

    private static void AppendDirectives(StringBuilder key, SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in externs)
        {
            key.Append(directive.ToString()).Append('\n');
        }

        foreach (var directive in usings)
        {
            key.Append(directive.ToString()).Append('\n');
        }
    }
}
