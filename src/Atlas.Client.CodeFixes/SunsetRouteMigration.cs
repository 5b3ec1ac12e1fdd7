using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Rename;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// Carries out a <see cref="SunsetRouteMigrationPlan"/> on a solution: the route, the version and the models are
/// syntax edits (on the interface and on hand-written implementations in source); parameter and method names go
/// through the Renamer so that call sites, named arguments and implementations follow. Methods are found again by
/// annotation after each step, because every step produces a new solution.
/// </summary>
internal static class SunsetRouteMigration
{
    private const string AnnotationKind = "Atlas.Client.SunsetRouteMigration";

    /// <summary>Marks a method declaration so that it can be found again in later versions of the solution.</summary>
    public static SyntaxAnnotation NewAnnotation() => new(AnnotationKind);

    public static async Task<Solution> MigrateAsync(Solution solution, DocumentId documentId, SyntaxAnnotation annotation, CancellationToken cancellationToken)
    {
        var found = await FindAsync(solution, documentId, annotation, cancellationToken).ConfigureAwait(false);
        if (found is not { } target)
        {
            return solution;
        }

        var plan = SunsetRouteMigrationPlan.Create(target.Declaration, target.Model, cancellationToken);
        if (plan is null || target.Model.GetDeclaredSymbol(target.Declaration, cancellationToken) is not { } method)
        {
            return solution;
        }

        // 0. Callers of a generated implementation (the client generator's ...Client class) are renamed first, by hand:
        //    the Renamer does not follow into generated code, and the generator renames the class's members itself.
        solution = await RenameCallsOfGeneratedImplementationsAsync(solution, method, plan, cancellationToken).ConfigureAwait(false);
        found = await FindAsync(solution, documentId, annotation, cancellationToken).ConfigureAwait(false);
        if (found is not { } refreshed || refreshed.Model.GetDeclaredSymbol(refreshed.Declaration, cancellationToken) is not { } refreshedMethod)
        {
            return solution;
        }

        target = refreshed;
        method = refreshedMethod;

        // 1. Mark the hand-written implementations, then edit signatures and the route in one pass per document.
        var implementations = new List<(DocumentId Document, SyntaxAnnotation Annotation)>();
        var edits = new Dictionary<DocumentId, Dictionary<SyntaxNode, SyntaxAnnotation?>>
        {
            [documentId] = new() { [target.Declaration] = null },
        };
        foreach (var implementation in await SymbolFinder.FindImplementationsAsync(method, solution, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            foreach (var reference in implementation.DeclaringSyntaxReferences)
            {
                // Generated implementations (the client generator's ...Client class) are not edited: the generator
                // writes them again from the migrated interface.
                if (solution.GetDocument(reference.SyntaxTree) is { } document and not SourceGeneratedDocument
                    && await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is MethodDeclarationSyntax declaration)
                {
                    var mark = NewAnnotation();
                    implementations.Add((document.Id, mark));
                    if (!edits.TryGetValue(document.Id, out var nodes))
                    {
                        edits[document.Id] = nodes = new Dictionary<SyntaxNode, SyntaxAnnotation?>();
                    }

                    nodes[declaration] = mark;
                }
            }
        }

        foreach (var pair in edits)
        {
            solution = await EditDocumentAsync(solution, pair.Key, pair.Value, target.Declaration, plan, cancellationToken).ConfigureAwait(false);
        }

        // 2. Parameters, through the Renamer: named arguments at call sites follow.
        foreach (var (oldName, newName) in plan.ParameterRenames)
        {
            solution = await RenameParameterAsync(solution, documentId, annotation, oldName, newName, cancellationToken).ConfigureAwait(false);
            foreach (var (implementationDocument, implementationAnnotation) in implementations)
            {
                solution = await RenameParameterAsync(solution, implementationDocument, implementationAnnotation, oldName, newName, cancellationToken).ConfigureAwait(false);
            }
        }

        // 3. The method's name, with its call sites and implementations; skipped where the new name is taken.
        if (plan.NewMethodName is { } newMethodName)
        {
            solution = await RenameMethodAsync(solution, documentId, annotation, newMethodName, cancellationToken).ConfigureAwait(false);
            foreach (var (implementationDocument, implementationAnnotation) in implementations)
            {
                solution = await RenameMethodAsync(solution, implementationDocument, implementationAnnotation, newMethodName, cancellationToken).ConfigureAwait(false);
            }
        }

        return solution;
    }

    private static async Task<Solution> RenameCallsOfGeneratedImplementationsAsync(
        Solution solution, IMethodSymbol method, SunsetRouteMigrationPlan plan, CancellationToken cancellationToken)
    {
        var renames = new Dictionary<DocumentId, Dictionary<TextSpan, string>>();
        foreach (var implementation in await SymbolFinder.FindImplementationsAsync(method, solution, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (implementation is not IMethodSymbol generated || !IsGenerated(solution, generated))
            {
                continue;
            }

            if (plan.NewMethodName is { } newMethodName && generated.ContainingType.GetMembers(newMethodName).IsEmpty)
            {
                await CollectAsync(generated, newMethodName).ConfigureAwait(false);
            }

            foreach (var (oldName, newName) in plan.ParameterRenames)
            {
                if (generated.Parameters.FirstOrDefault(p => p.Name == oldName) is { } parameter)
                {
                    await CollectAsync(parameter, newName).ConfigureAwait(false);
                }
            }
        }

        foreach (var pair in renames)
        {
            var document = solution.GetDocument(pair.Key)!;
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var tokens = pair.Value.Keys.Select(span => root.FindToken(span.Start)).Where(t => pair.Value.ContainsKey(t.Span)).ToList();
            var newRoot = root.ReplaceTokens(tokens, (original, _) => SyntaxFactory.Identifier(pair.Value[original.Span]).WithTriviaFrom(original));
            solution = solution.WithDocumentSyntaxRoot(pair.Key, newRoot);
        }

        return solution;

        async Task CollectAsync(ISymbol symbol, string newName)
        {
            foreach (var referenced in await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false))
            {
                foreach (var location in referenced.Locations)
                {
                    if (location.Document is SourceGeneratedDocument || location.IsImplicit)
                    {
                        continue;
                    }

                    if (!renames.TryGetValue(location.Document.Id, out var spans))
                    {
                        renames[location.Document.Id] = spans = new Dictionary<TextSpan, string>();
                    }

                    spans[location.Location.SourceSpan] = newName;
                }
            }
        }
    }

    /// <summary>Declared only in generator output: no regular document of the solution holds its declaration.</summary>
    private static bool IsGenerated(Solution solution, ISymbol symbol)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (solution.GetDocument(reference.SyntaxTree) is { } document and not SourceGeneratedDocument)
            {
                return false;
            }
        }

        return !symbol.DeclaringSyntaxReferences.IsEmpty;
    }

    private static async Task<Solution> EditDocumentAsync(
        Solution solution, DocumentId documentId, Dictionary<SyntaxNode, SyntaxAnnotation?> declarations,
        MethodDeclarationSyntax interfaceMethod, SunsetRouteMigrationPlan plan, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(documentId);
        var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = document is null ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return solution;
        }

        var newRoot = root.ReplaceNodes(declarations.Keys, (original, _) =>
        {
            var declaration = (MethodDeclarationSyntax)original;
            var edited = original == interfaceMethod
                ? EditInterfaceMethod(declaration, model, plan, cancellationToken)
                : Retype(declaration, model, plan, cancellationToken);
            return declarations[original] is { } mark ? edited.WithAdditionalAnnotations(mark) : edited;
        });
        return solution.WithDocumentSyntaxRoot(documentId, newRoot);
    }

    /// <summary>The route, <c>Version</c> and the models of the interface method.</summary>
    private static MethodDeclarationSyntax EditInterfaceMethod(
        MethodDeclarationSyntax declaration, SemanticModel model, SunsetRouteMigrationPlan plan, CancellationToken cancellationToken)
    {
        var replacements = TypeReplacements(declaration, model, plan, cancellationToken);
        var newAttribute = plan.Attribute.ReplaceNode(plan.Route, plan.NewRoute);
        replacements[plan.Attribute] = SetVersion(newAttribute, plan.Operation.ReplacementVersion!);
        return declaration.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
    }

    private static AttributeSyntax SetVersion(AttributeSyntax attribute, string version)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(version));
        var arguments = attribute.ArgumentList!;
        foreach (var argument in arguments.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == "Version")
            {
                return attribute.ReplaceNode(argument.Expression, literal.WithTriviaFrom(argument.Expression));
            }
        }

        var named = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Version"), SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)),
            null,
            literal);
        var separators = arguments.Arguments.GetSeparators().Append(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        return attribute.WithArgumentList(arguments.WithArguments(SyntaxFactory.SeparatedList(arguments.Arguments.Add(named), separators)));
    }

    /// <summary>Replaces tenant models by their twins in the return type and in the <c>[Body]</c> parameters' types.</summary>
    private static MethodDeclarationSyntax Retype(
        MethodDeclarationSyntax declaration, SemanticModel model, SunsetRouteMigrationPlan plan, CancellationToken cancellationToken)
    {
        var replacements = TypeReplacements(declaration, model, plan, cancellationToken);
        return replacements.Count == 0 ? declaration : declaration.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
    }

    private static Dictionary<SyntaxNode, SyntaxNode> TypeReplacements(
        MethodDeclarationSyntax declaration, SemanticModel model, SunsetRouteMigrationPlan plan, CancellationToken cancellationToken)
    {
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        Collect(declaration.ReturnType, plan.ResponseTwins);
        var parameters = declaration.ParameterList.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Type is { } type && plan.BodyOrdinals.Contains(i))
            {
                Collect(type, plan.BodyTwins);
            }
        }

        return replacements;

        void Collect(TypeSyntax type, Dictionary<string, string> twins)
        {
            foreach (var name in type.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (model.GetSymbolInfo(name, cancellationToken).Symbol is INamedTypeSymbol symbol
                    && SunsetRouteMigrationPlan.IsTenantModel(symbol)
                    && twins.TryGetValue(symbol.Name, out var twin))
                {
                    replacements[name] = SyntaxFactory.IdentifierName(twin).WithTriviaFrom(name);
                }
            }
        }
    }

    private static async Task<Solution> RenameParameterAsync(
        Solution solution, DocumentId documentId, SyntaxAnnotation annotation, string oldName, string newName, CancellationToken cancellationToken)
    {
        if (await FindAsync(solution, documentId, annotation, cancellationToken).ConfigureAwait(false) is not { } target
            || target.Model.GetDeclaredSymbol(target.Declaration, cancellationToken) is not { } method)
        {
            return solution;
        }

        var parameter = method.Parameters.FirstOrDefault(p => p.Name == oldName);
        if (parameter is null || method.Parameters.Any(p => p.Name == newName))
        {
            return solution;
        }

        return await Renamer.RenameSymbolAsync(solution, parameter, new SymbolRenameOptions(), newName, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Solution> RenameMethodAsync(
        Solution solution, DocumentId documentId, SyntaxAnnotation annotation, string newName, CancellationToken cancellationToken)
    {
        if (await FindAsync(solution, documentId, annotation, cancellationToken).ConfigureAwait(false) is not { } target
            || target.Model.GetDeclaredSymbol(target.Declaration, cancellationToken) is not { } method
            || method.Name == newName
            || !method.ContainingType.GetMembers(newName).IsEmpty)
        {
            return solution;
        }

        return await Renamer.RenameSymbolAsync(solution, method, new SymbolRenameOptions(), newName, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(MethodDeclarationSyntax Declaration, SemanticModel Model)?> FindAsync(
        Solution solution, DocumentId documentId, SyntaxAnnotation annotation, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(documentId);
        if (document is null
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
            || root.GetAnnotatedNodes(annotation).OfType<MethodDeclarationSyntax>().FirstOrDefault() is not { } declaration
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        return (declaration, model);
    }
}
