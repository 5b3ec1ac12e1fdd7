using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Safety;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Migration;

/// <summary>
/// The edits of the ATLAS0001 migration of one <c>[AtlasClient]</c> method, as text edits on the solution: the route,
/// version and models of the interface method; the same signature changes on every hand-written implementation (and its
/// overrides); and, symbol by symbol, every reference to the method and to each renamed parameter: calls through the
/// interface, a derived interface, a fake or the generated client, named arguments, method groups, <c>nameof</c>,
/// <c>cref</c>, <c>param</c>/<c>paramref</c> docs. A reference is renamed only when it binds to a method or parameter
/// that is renamed, so a named argument always matches the method its call binds to. The edits are computed in every
/// build configuration (see <see cref="BuildConfiguration"/>) and united, so callers in inactive <c>#if</c> branches
/// follow too. The generated client is never edited: the generator writes it again from the migrated interface.
/// </summary>
internal static class TenantMethodMigration
{
    public const string EquivalenceKey = "ATLAS0001.MigrateToFlex";

    private static readonly (bool RenameMethod, bool RenameParameters, string Suffix)[] VariantOptions =
    {
        (true, true, ""),
        (false, true, " (keeping the method's name)"),
        (false, false, " (keeping the method's and parameters' names)"),
    };

    public static async Task<FixUnit?> CreateAsync(Document document, Diagnostic diagnostic, ImmutableArray<BuildConfiguration> configurations, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null || MethodOf(root, diagnostic) is not { } declaration
            ? null
            : await CreateAsync(document, declaration, configurations, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The unit that migrates <paramref name="declaration"/>, keyed like the ATLAS0001 diagnostic on its route.</summary>
    public static async Task<FixUnit?> CreateAsync(Document document, MethodDeclarationSyntax declaration, ImmutableArray<BuildConfiguration> configurations, CancellationToken cancellationToken)
    {
        var variants = ImmutableArray.CreateBuilder<FixVariant>();
        var seen = new List<EditSet>();
        string? key = null;
        foreach (var (renameMethod, renameParameters, suffix) in VariantOptions)
        {
            var edits = EditSet.Empty;
            string? operation = null;
            foreach (var configuration in configurations)
            {
                var solution = configuration.Apply(document.Project.Solution);
                var result = await EditsInAsync(solution, document.Id, declaration.Span, renameMethod, renameParameters, cancellationToken).ConfigureAwait(false);
                if (result is null)
                {
                    if (configuration.IsCurrent)
                    {
                        return null; // not migratable where the diagnostic is: not in any other configuration either
                    }

                    continue;
                }

                operation ??= result.Value.Operation;
                key ??= FixUnit.KeyOf(SunsetDiagnostics.RouteId, document.FilePath ?? declaration.SyntaxTree.FilePath, result.Value.RouteStart);
                edits = edits.Union(result.Value.Edits);
            }

            if (operation is null || edits.IsEmpty || seen.Any(s => s.Edits.SequenceEqual(edits.Edits)))
            {
                continue;
            }

            seen.Add(edits);
            variants.Add(new FixVariant(edits, "Migrate to the Flex endpoint " + operation + suffix));
        }

        return variants.Count == 0 ? null : new FixUnit(key!, EquivalenceKey, variants.ToImmutable());
    }

    /// <summary>
    /// The units of the interface's other methods bound to sunset routes (every partial part): tenant methods often only
    /// build together (a caller mixes the results of two of them), so when one alone is turned down it is tried with them.
    /// </summary>
    public static async Task<List<FixUnit>> PartnersAsync(Document document, Diagnostic diagnostic, ImmutableArray<BuildConfiguration> configurations, CancellationToken cancellationToken)
    {
        var partners = new List<FixUnit>();
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || MethodOf(root, diagnostic) is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method
            || ClientMethodIndex.Create(model.Compilation) is not { } index)
        {
            return partners;
        }

        var solution = document.Project.Solution;
        foreach (var member in method.ContainingType.GetMembers().OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(member, method) || index.ForInterfaceMethod(member) is null)
            {
                continue;
            }

            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                if (solution.GetDocument(reference.SyntaxTree) is { } partnerDocument
                    && await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is MethodDeclarationSyntax partner
                    && await CreateAsync(partnerDocument, partner, configurations, cancellationToken).ConfigureAwait(false) is { } unit)
                {
                    partners.Add(unit);
                }
            }
        }

        return partners;
    }

    /// <summary>The method whose route the diagnostic is on.</summary>
    public static MethodDeclarationSyntax? MethodOf(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<AttributeSyntax>()?.Parent?.Parent as MethodDeclarationSyntax;

    private static async Task<(string Operation, int RouteStart, List<SourceEdit> Edits)?> EditsInAsync(
        Solution solution, DocumentId documentId, TextSpan methodSpan, bool renameMethod, bool renameParameters, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(documentId);
        var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = document is null ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || methodSpan.End > root.FullSpan.End
            || root.FindNode(methodSpan) is not MethodDeclarationSyntax declaration || declaration.Span != methodSpan
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method)
        {
            return null;
        }

        var interfaceRenamesParameters = renameParameters && !HasNameConflicts(declaration, method, solution, model, cancellationToken);
        var constant = await RouteConstantAsync(declaration, model, solution, cancellationToken).ConfigureAwait(false);
        var plan = MigrationPlan.Create(declaration, model, interfaceRenamesParameters, cancellationToken, constant?.Initializer, constant?.Model);
        if (plan is null || (constant is null ? documentId : constant.Value.Document) is not { } routeDocument)
        {
            return null;
        }

        var edits = new List<SourceEdit>
        {
            new(routeDocument, plan.Route.Span, plan.NewRoute.ToString()),
            VersionArgumentEdit.For(documentId, plan.Attribute, plan.Operation.ReplacementVersion!),
        };

        // The declarations to edit (the interface method and the hand-written implementations) and every method
        // whose references follow the rename (those, plus implementations in generated code).
        var declared = new List<(IMethodSymbol Method, MethodDeclarationSyntax Syntax, DocumentId Document, SemanticModel Model)>
        {
            (method, declaration, documentId, model),
        };
        var renamed = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method };
        foreach (var implementation in await ImplementationsAsync(method, solution, cancellationToken).ConfigureAwait(false))
        {
            renamed.Add(implementation);
            foreach (var reference in implementation.DeclaringSyntaxReferences)
            {
                if (solution.GetDocumentId(reference.SyntaxTree) is { } implementationDocument
                    && solution.GetDocument(implementationDocument) is { } regular
                    && await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is MethodDeclarationSyntax syntax)
                {
                    declared.Add((implementation, syntax, implementationDocument, (await regular.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!));
                }
            }
        }

        // Signatures: the models of the return type and of the request body.
        foreach (var (_, syntax, syntaxDocument, syntaxModel) in declared)
        {
            if (!TypeEdits(syntax, syntaxDocument, syntaxModel, plan, edits))
            {
                return null;
            }
        }

        // Parameters: each declaration renames its own unless a name it would take is in use in its body; a
        // reference is renamed with the parameter it binds to.
        if (plan.ParameterRenames.Count > 0)
        {
            var keeping = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var (symbol, syntax, syntaxDocument, syntaxModel) in declared.Skip(1))
            {
                if (HasNameConflicts(syntax, symbol, solution, syntaxModel, cancellationToken))
                {
                    keeping.Add(symbol);
                }
            }

            foreach (var symbol in renamed.Where(s => !keeping.Contains(s)))
            {
                foreach (var (oldName, newName) in plan.ParameterRenames)
                {
                    if (symbol.Parameters.FirstOrDefault(p => p.Name == oldName) is { } parameter)
                    {
                        await RenameAsync(parameter, newName, solution, edits, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            foreach (var (symbol, syntax, syntaxDocument, _) in declared.Where(d => !keeping.Contains(d.Method)))
            {
                DocumentationEdits(syntax, syntaxDocument, plan.ParameterRenames, edits);
            }
        }

        // The method's name, where no other member of a type involved takes it.
        if (renameMethod && plan.NewMethodName is { } newMethodName && !renamed.Any(m => NameTaken(m, newMethodName, renamed)))
        {
            foreach (var symbol in renamed)
            {
                await RenameAsync(symbol, newMethodName, solution, edits, cancellationToken).ConfigureAwait(false);
            }
        }

        return (plan.Operation.ReplacementOperationId!, plan.Route.SpanStart, edits);
    }

    /// <summary>
    /// When the route is a constant of the user's (<c>[Get(Routes.Snapshot)]</c>) that nothing but this route uses, its
    /// initializer: the migration then rewrites the constant. A constant used anywhere else stays (it may serve other
    /// code), and the fix is not offered.
    /// </summary>
    private static async Task<(ExpressionSyntax Initializer, SemanticModel Model, DocumentId Document)?> RouteConstantAsync(
        MethodDeclarationSyntax declaration, SemanticModel model, Solution solution, CancellationToken cancellationToken)
    {
        var route = declaration.AttributeLists.SelectMany(l => l.Attributes).Select(AtlasRequest.RouteArgument).FirstOrDefault(a => a is not null)?.Expression;
        if (route is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
            || model.GetSymbolInfo(route, cancellationToken).Symbol is not IFieldSymbol { IsConst: true } field
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0] is not { } reference
            || UserDocument(solution, reference.SyntaxTree) is not { } document
            || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        foreach (var referenced in await SymbolSearch.ReferencesAsync(field, solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (var location in referenced.Locations)
            {
                if (location.Location.SourceTree != route.SyntaxTree || !route.Span.Contains(location.Location.SourceSpan))
                {
                    return null;
                }
            }
        }

        var constantModel = await solution.GetDocument(document)!.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return constantModel is null ? null : (initializer, constantModel, document);
    }

    /// <summary>Implementations of the interface method (in source or generated) and the overrides of each, transitively.</summary>
    private static async Task<List<IMethodSymbol>> ImplementationsAsync(IMethodSymbol method, Solution solution, CancellationToken cancellationToken)
    {
        var found = new List<IMethodSymbol>();
        var pending = new Queue<ISymbol>(await SymbolSearch.ImplementationsAsync(method, solution, cancellationToken).ConfigureAwait(false));
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { method };
        while (pending.Count > 0)
        {
            if (pending.Dequeue() is not IMethodSymbol next || !seen.Add(next))
            {
                continue;
            }

            found.Add(next);
            foreach (var overriding in await SymbolSearch.OverridesAsync(next, solution, cancellationToken).ConfigureAwait(false))
            {
                pending.Enqueue(overriding);
            }
        }

        return found;
    }

    /// <summary>Renames the declaration of <paramref name="symbol"/> in user documents and every reference that binds to it.</summary>
    private static async Task RenameAsync(ISymbol symbol, string newName, Solution solution, List<SourceEdit> edits, CancellationToken cancellationToken)
    {
        foreach (var declaration in symbol.DeclaringSyntaxReferences)
        {
            if (UserDocument(solution, declaration.SyntaxTree) is { } document)
            {
                var node = await declaration.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
                var identifier = node switch
                {
                    MethodDeclarationSyntax m => m.Identifier,
                    ParameterSyntax p => p.Identifier,
                    _ => default,
                };
                if (identifier.RawKind != 0)
                {
                    edits.Add(new SourceEdit(document, identifier.Span, newName));
                }
            }
        }

        foreach (var referenced in await SymbolSearch.ReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false))
        {
            if (!SymbolSearch.IsSameDeclaration(referenced.Definition.OriginalDefinition, symbol.OriginalDefinition))
            {
                continue;
            }

            foreach (var location in referenced.Locations)
            {
                if (location.IsImplicit || UserDocument(solution, location.Location.SourceTree) is not { } document)
                {
                    continue;
                }

                var root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
                var token = root.FindToken(location.Location.SourceSpan.Start, findInsideTrivia: true);
                if (token.Span == location.Location.SourceSpan && token.ValueText == symbol.Name)
                {
                    edits.Add(new SourceEdit(document, token.Span, newName));
                }
            }
        }
    }

    private static DocumentId? UserDocument(Solution solution, SyntaxTree? tree)
        => tree is not null && solution.GetDocumentId(tree) is { } id && solution.GetDocument(id) is not null ? id : null;

    /// <summary>
    /// True when a name the migration would give a parameter is already in use where the parameter is visible: another
    /// parameter, or any identifier of the body (a local, a field read without <c>this.</c>): renaming would collide or
    /// silently change what that identifier means.
    /// </summary>
    private static bool HasNameConflicts(MethodDeclarationSyntax syntax, IMethodSymbol method, Solution solution, SemanticModel model, CancellationToken cancellationToken)
    {
        // A name the method already has as a parameter is not given to another one (the plan keeps the old name then).
        var newNames = FlexRouteEdits.SpecParameterRenames().Select(r => r.Flex).Where(n => !method.Parameters.Any(p => p.Name == n)).ToList();
        SyntaxNode? body = (SyntaxNode?)syntax.Body ?? syntax.ExpressionBody;
        return body is not null && body.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && newNames.Contains(t.ValueText));
    }

    /// <summary>The tenant models of the return type and of the body parameters, each written as its twin.</summary>
    private static bool TypeEdits(MethodDeclarationSyntax syntax, DocumentId document, SemanticModel model, MigrationPlan plan, List<SourceEdit> edits)
    {
        var types = new List<(TypeSyntax Type, Dictionary<string, string> Twins)> { (syntax.ReturnType, plan.ResponseTwins) };
        var parameters = syntax.ParameterList.Parameters;
        foreach (var ordinal in plan.BodyOrdinals)
        {
            if (ordinal < parameters.Count && parameters[ordinal].Type is { } type)
            {
                types.Add((type, plan.BodyTwins));
            }
        }

        foreach (var (type, twins) in types)
        {
            foreach (var name in type.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (model.GetSymbolInfo(name).Symbol is not INamedTypeSymbol symbol || !ModelTwins.IsTenantModel(symbol))
                {
                    continue;
                }

                if (!twins.TryGetValue(symbol.Name, out var twinName)
                    || ModelTwins.Resolve(model.Compilation, twinName) is not { } twin
                    || TypeNameWriter.NameFor(twin, name, model) is not { } text)
                {
                    return false;
                }

                edits.Add(new SourceEdit(document, name.Span, text));
            }
        }

        return true;
    }

    /// <summary><c>&lt;param name="clusterName"&gt;</c> and <c>&lt;paramref name="clusterName"/&gt;</c> in the method's documentation.</summary>
    private static void DocumentationEdits(MethodDeclarationSyntax syntax, DocumentId document, List<(string Old, string New)> renames, List<SourceEdit> edits)
    {
        foreach (var trivia in syntax.GetLeadingTrivia())
        {
            if (trivia.GetStructure() is not DocumentationCommentTriviaSyntax documentation)
            {
                continue;
            }

            foreach (var attribute in documentation.DescendantNodes().OfType<XmlNameAttributeSyntax>())
            {
                foreach (var (oldName, newName) in renames)
                {
                    if (attribute.Identifier.Identifier.ValueText == oldName)
                    {
                        edits.Add(new SourceEdit(document, attribute.Identifier.Identifier.Span, newName));
                    }
                }
            }
        }
    }

    /// <summary>A member of the method's type (other than the methods being renamed) already has the name and as many parameters.</summary>
    private static bool NameTaken(IMethodSymbol method, string newName, HashSet<IMethodSymbol> renamed)
        => method.ContainingType.GetMembers(newName).Any(m =>
            !(m is IMethodSymbol candidate && renamed.Contains(candidate)) && (m is not IMethodSymbol other || other.Parameters.Length == method.Parameters.Length));
}
