using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>How wide to look around a problem.</summary>
internal enum RegionScope
{
    /// <summary>The statement the problem is in, and the declarations of what it names.</summary>
    Statement,

    /// <summary>The whole member the problem is in, the declarations of what it names and the members that share its name.</summary>
    Member,
}

/// <summary>A stretch of a document of the fixed solution.</summary>
internal readonly struct Region
{
    public Region(DocumentId document, SyntaxTree tree, TextSpan span)
    {
        Document = document;
        Tree = tree;
        Span = span;
    }

    public DocumentId Document { get; }

    public SyntaxTree Tree { get; }

    public TextSpan Span { get; }
}

/// <summary>
/// Where in the fixed solution the cause of a problem may be: around it, and in the declarations of every symbol the
/// problem's code names (a local's declaration for a failed conversion, a method's signature for a failed call, a
/// type's attributes for a member its generated part lost).
/// </summary>
internal static class ProblemRegions
{
    private const int MaxNodes = 200;

    /// <summary>Null when the problem has no location in source: then any edit may be its cause.</summary>
    public static List<Region>? Of(BuildProblem problem, RegionScope scope, CancellationToken cancellationToken)
    {
        var location = problem.Diagnostic.Location;
        if (location.SourceTree is not { } tree || !problem.Compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

        var regions = new List<Region>();
        var root = tree.GetRoot(cancellationToken);
        var node = root.FindNode(location.SourceSpan, findInsideTrivia: true, getInnermostNodeForTie: true);
        var model = problem.Compilation.GetSemanticModel(tree);
        Add(tree, scope == RegionScope.Statement ? SyntaxRegions.Statement(node) : SyntaxRegions.Member(node));

        // What the statement names (a failed argument's list is named beside it), or the node's own names outside statements.
        var named = node.FirstAncestorOrSelf<StatementSyntax>() is { } statement && !(statement is BlockSyntax) ? statement : node;
        var symbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var descendant in named.DescendantNodesAndSelf(n => n == named || n is not (BlockSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).Take(MaxNodes))
        {
            if (descendant is IdentifierNameSyntax identifier && model.GetAliasInfo(identifier, cancellationToken) is { } aliasUsed)
            {
                AddSymbol(aliasUsed);
            }

            var info = model.GetSymbolInfo(descendant, cancellationToken);
            AddSymbol(info.Symbol);
            foreach (var candidate in info.CandidateSymbols)
            {
                AddSymbol(candidate);
            }

            if (descendant is ExpressionSyntax expression && model.GetTypeInfo(expression, cancellationToken).Type is { } type)
            {
                AddSymbol(type);
            }
        }

        // A returned value must match the declared return type of the method, local function or property it leaves.
        if (node.FirstAncestorOrSelf<SyntaxNode>(n => n is ReturnStatementSyntax or YieldStatementSyntax or ArrowExpressionClauseSyntax) is { } returned
            && returned.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax
                or AnonymousFunctionExpressionSyntax) is { } returnOwner and not AnonymousFunctionExpressionSyntax)
        {
            Add(tree, SyntaxRegions.Declaration(returnOwner));
        }

        // A problem on a declaration (a duplicate member, a hidden one) is about the declared symbol and its namesakes.
        for (var current = node; current is not null && current is not StatementSyntax; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax
                && model.GetDeclaredSymbol(current, cancellationToken) is { } declared)
            {
                AddSymbol(declared);
                if (scope == RegionScope.Member && declared.ContainingType is { } containing)
                {
                    foreach (var namesake in containing.GetMembers(declared.Name))
                    {
                        AddSymbol(namesake);
                    }
                }

                break;
            }
        }

        foreach (var symbol in symbols)
        {
            var declarations = InUserDocuments(symbol.DeclaringSyntaxReferences);
            if (declarations.Count == 0 && symbol.ContainingType is { } owner)
            {
                // Declared by a generator or in metadata: its type's header (attributes, bases) decides whether it exists.
                declarations = InUserDocuments(owner.DeclaringSyntaxReferences);
            }

            foreach (var declaration in declarations)
            {
                var syntax = declaration.GetSyntax(cancellationToken);
                var span = SyntaxRegions.Declaration(syntax);
                Add(declaration.SyntaxTree, span);
                AddAliasesIn(declaration.SyntaxTree, span);
            }
        }

        return regions;

        void AddSymbol(ISymbol? symbol)
        {
            if (symbol is IAliasSymbol alias)
            {
                symbols.Add(alias);
                symbol = alias.Target;
            }

            if (symbol is null || symbol is INamespaceSymbol)
            {
                return;
            }

            symbols.Add(symbol);
            if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
            {
                symbols.Add(reduced);
            }
        }

        // Declarations in other projects count too: a helper in a library that an application passes results to.
        List<SyntaxReference> InUserDocuments(IEnumerable<SyntaxReference> references)
            => references.Where(r => IsUserDocument(r.SyntaxTree)).ToList();

        bool IsUserDocument(SyntaxTree syntaxTree)
            => problem.Solution.GetDocumentId(syntaxTree) is { } id && problem.Solution.GetDocument(id) is not null;

        // A declaration typed through an alias (Dictionary<string, Snap>) depends on the alias's directive too.
        void AddAliasesIn(SyntaxTree syntaxTree, TextSpan span)
        {
            if (!problem.Compilation.ContainsSyntaxTree(syntaxTree))
            {
                return;
            }

            var declarationModel = problem.Compilation.GetSemanticModel(syntaxTree);
            foreach (var name in syntaxTree.GetRoot(cancellationToken).DescendantNodes(span).OfType<IdentifierNameSyntax>().Take(MaxNodes))
            {
                if (span.Contains(name.Span) && declarationModel.GetAliasInfo(name, cancellationToken) is { } alias)
                {
                    foreach (var directive in alias.DeclaringSyntaxReferences)
                    {
                        Add(directive.SyntaxTree, directive.Span);
                    }
                }
            }
        }

        void Add(SyntaxTree syntaxTree, TextSpan span)
        {
            if (problem.Solution.GetDocumentId(syntaxTree) is { } document && problem.Solution.GetDocument(document) is not null)
            {
                regions.Add(new Region(document, syntaxTree, span));
            }
        }
    }
}
