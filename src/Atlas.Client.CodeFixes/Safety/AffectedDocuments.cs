using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// The documents whose build an edit can change, so that a check builds those instead of whole projects (a migration's
/// light bulb in a large project must not wait for every file to compile). An edit inside a member body affects its
/// document only. An edit of a declaration (a signature, a field's type, a constant, a type's attributes) affects the
/// documents that declare or reference what it declares, its namesakes (overloads), its implementations and overrides,
/// and the types deriving from or implementing its type, in every project of the solution. An edit nothing can bound
/// (a global using) affects its project and every project that depends on it. Generated documents are always checked
/// (<see cref="BuildGuard"/>).
/// </summary>
internal sealed class AffectedDocuments
{
    private readonly Solution _solution;
    private readonly ConcurrentDictionary<(DocumentId, Microsoft.CodeAnalysis.Text.TextSpan), Task<HashSet<DocumentId>?>> _byDeclaration = new();

    public AffectedDocuments(Solution solution) => _solution = solution;

    /// <summary>Per project, the documents to check; a null set means the whole project.</summary>
    public async Task<Dictionary<ProjectId, HashSet<DocumentId>?>> ComputeAsync(EditSet edits, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ProjectId, HashSet<DocumentId>?>();
        var graph = _solution.GetProjectDependencyGraph();
        foreach (var edit in edits.Edits)
        {
            Add(edit.Document);
            if (await EditScope.IsInsideMemberBodyAsync(_solution, edit, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var documents = await ForDeclarationAsync(edit, cancellationToken).ConfigureAwait(false);
            if (documents is null)
            {
                foreach (var project in graph.GetProjectsThatTransitivelyDependOnThisProject(edit.Document.ProjectId).Append(edit.Document.ProjectId))
                {
                    result[project] = null;
                }

                continue;
            }

            foreach (var document in documents)
            {
                Add(document);
            }
        }

        return result;

        void Add(DocumentId document)
        {
            if (!result.TryGetValue(document.ProjectId, out var set))
            {
                result[document.ProjectId] = set = new HashSet<DocumentId>();
            }

            set?.Add(document);
        }
    }

    private Task<HashSet<DocumentId>?> ForDeclarationAsync(SourceEdit edit, CancellationToken cancellationToken)
    {
        return ForDeclarationCoreAsync();

        async Task<HashSet<DocumentId>?> ForDeclarationCoreAsync()
        {
            var document = _solution.GetDocument(edit.Document);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || edit.Span.End > root.FullSpan.End)
            {
                return null;
            }

            var node = root.FindNode(edit.Span, findInsideTrivia: true, getInnermostNodeForTie: true);
            var declaration = DeclarationOf(node);
            if (declaration is null)
            {
                // A using directive binds names for its file only, unless it is global; anything else is not bounded.
                return node.FirstAncestorOrSelf<UsingDirectiveSyntax>() is { GlobalKeyword.RawKind: 0 }
                    ? new HashSet<DocumentId> { edit.Document }
                    : null;
            }

            return await _byDeclaration.GetOrAdd((edit.Document, declaration.Span), _ => ReferencesOrWholeProjectsAsync(document!, declaration, cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The documents a declaration's edit can affect, or null (whole projects: slower, never wrong) when the workspace's
    /// search keeps failing (<see cref="SymbolSearch"/>): a check must not fail a fix for a host's bug.
    /// </summary>
    private async Task<HashSet<DocumentId>?> ReferencesOrWholeProjectsAsync(Document document, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        try
        {
            return await (SearchOverride ?? ReferencesAsync)(document, declaration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!SymbolSearch.IsCancellation(exception, cancellationToken))
        {
            return null;
        }
    }

    /// <summary>Replaces the reference search (tests use it to make the workspace's search fail).</summary>
    internal Func<Document, SyntaxNode, CancellationToken, Task<HashSet<DocumentId>?>>? SearchOverride { get; set; }

    /// <summary>The member or type declaration an edit outside bodies belongs to (a type's header, attributes, bases).</summary>
    private static SyntaxNode? DeclarationOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case UsingDirectiveSyntax:
                    return null;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                case MemberDeclarationSyntax and not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax:
                    return current;
            }
        }

        return null;
    }

    private async Task<HashSet<DocumentId>?> ReferencesAsync(Document document, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return null;
        }

        var declared = declaration is BaseFieldDeclarationSyntax field
            ? field.Declaration.Variables.Select(v => model.GetDeclaredSymbol(v, cancellationToken)).ToList()
            : new List<ISymbol?> { model.GetDeclaredSymbol(declaration, cancellationToken) };
        if (declared.Any(s => s is null))
        {
            return null;
        }

        var symbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var symbol in declared!)
        {
            symbols.Add(symbol!);
            if (symbol is INamedTypeSymbol type)
            {
                types.Add(type);
                continue;
            }

            if (symbol!.ContainingType is { } containing)
            {
                types.Add(containing);
                symbols.UnionWith(containing.GetMembers(symbol.Name));
            }

            if (symbol.IsVirtual || symbol.IsAbstract || symbol.IsOverride || symbol.ContainingType?.TypeKind == TypeKind.Interface)
            {
                symbols.UnionWith(await SymbolSearch.OverridesAsync(symbol, _solution, cancellationToken).ConfigureAwait(false));
                symbols.UnionWith(await SymbolSearch.ImplementationsAsync(symbol, _solution, cancellationToken).ConfigureAwait(false));
            }
        }

        var documents = new HashSet<DocumentId> { document.Id };
        foreach (var type in types)
        {
            AddDeclarations(type);
            var related = type.TypeKind == TypeKind.Interface
                ? (await SymbolSearch.ImplementationsAsync(type, _solution, cancellationToken).ConfigureAwait(false)).Cast<ISymbol>()
                    .Concat(await SymbolSearch.DerivedInterfacesAsync(type, _solution, cancellationToken).ConfigureAwait(false))
                : await SymbolSearch.DerivedClassesAsync(type, _solution, cancellationToken).ConfigureAwait(false);
            foreach (var symbol in related)
            {
                AddDeclarations(symbol);
            }
        }

        foreach (var symbol in symbols)
        {
            AddDeclarations(symbol);
            foreach (var referenced in await SymbolSearch.ReferencesAsync(symbol, _solution, cancellationToken).ConfigureAwait(false))
            {
                AddDeclarations(referenced.Definition);
                foreach (var location in referenced.Locations)
                {
                    if (location.Document is not SourceGeneratedDocument)
                    {
                        documents.Add(location.Document.Id);
                    }
                }
            }
        }

        return documents;

        void AddDeclarations(ISymbol symbol)
        {
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                if (_solution.GetDocumentId(reference.SyntaxTree) is { } id && _solution.GetDocument(id) is not null)
                {
                    documents.Add(id);
                }
            }
        }
    }
}
