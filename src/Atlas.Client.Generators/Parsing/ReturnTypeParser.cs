using System;
using System.Linq;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Reads a method's return type: its container (<c>Task</c>, <c>ValueTask&lt;…&gt;</c>, <c>IAsyncEnumerable&lt;…&gt;</c>),
/// what it holds (a value, an <c>AtlasResponse</c>, the items of pages) and where the JSON metadata of what is read
/// lives, reporting ATLAS1006 for a shape it cannot implement and ATLAS1008 for a type no context lists.
/// </summary>
internal static class ReturnTypeParser
{
    /// <summary>The outcome; <see cref="ItemType"/> is the <c>T</c> of an <c>IAsyncEnumerable&lt;T&gt;</c>, for messages.</summary>
    public readonly struct Parsed
    {
        public Parsed(ReturnShape shape, ResultKind kind, ResultModel? result, ITypeSymbol? itemType)
        {
            Shape = shape;
            Kind = kind;
            Result = result;
            ItemType = itemType;
        }

        public ReturnShape Shape { get; }

        public ResultKind Kind { get; }

        public ResultModel? Result { get; }

        public ITypeSymbol? ItemType { get; }
    }

    public static Parsed Parse(IMethodSymbol method, MethodContext context, Action<DiagnosticDescriptor, Location?, object?[]> fail)
    {
        var known = context.Known;
        var returnType = method.ReturnType;
        if (SymbolHelpers.Is(returnType, known.Task) && returnType is INamedTypeSymbol { IsGenericType: false })
        {
            return new Parsed(ReturnShape.Task, ResultKind.None, null, null);
        }

        if (returnType is INamedTypeSymbol { IsGenericType: true } generic
            && (SymbolHelpers.Is(generic, known.TaskOfT) || SymbolHelpers.Is(generic, known.ValueTaskOfT)))
        {
            var shape = SymbolHelpers.Is(generic, known.TaskOfT) ? ReturnShape.TaskOfT : ReturnShape.ValueTaskOfT;
            var inner = generic.TypeArguments[0];
            if (SymbolHelpers.Is(inner, known.AtlasResponse))
            {
                return new Parsed(shape, ResultKind.Response, null, null);
            }

            if (inner is INamedTypeSymbol { IsGenericType: true } response && SymbolHelpers.Is(response, known.AtlasResponseOfT))
            {
                var read = response.TypeArguments[0];
                // AtlasResponse<T> adds no '?' of its own: any annotation on T must be spelled out.
                var answer = Resolve(read, "reads its answer as", depth: 2, method, context, fail, spellOut: Annotations.Anywhere);
                return new Parsed(shape, ResultKind.ResponseOfT, answer, null);
            }

            // SendNullableAsync<T> adds the top-level '?' itself: only annotations below it must be spelled out.
            return new Parsed(shape, ResultKind.Value, Resolve(inner, "returns", depth: 1, method, context, fail, spellOut: Annotations.BelowTop), null);
        }

        if (SymbolHelpers.IsAsyncEnumerable(returnType) && returnType is INamedTypeSymbol enumerable)
        {
            var item = enumerable.TypeArguments[0];
            var page = known.AtlasPage is { } atlasPage && item.TypeKind != TypeKind.TypeParameter ? atlasPage.Construct(item) : null;
            // IAsyncEnumerable<out T> is covariant, so a '?' on the item itself needs nothing; one inside it does.
            var pages = page is null ? null : Resolve(page, "reads its pages as", depth: 1, method, context, fail, spellOut: Annotations.BelowTop, typeArgumentOf: item);
            return new Parsed(ReturnShape.AsyncEnumerable, ResultKind.Items, pages, item);
        }

        fail(ClientDiagnostics.UnsupportedReturnType, ReturnTypeLocation(method, context), new object?[] { method.Name, returnType.ToDisplayString() });
        return new Parsed(ReturnShape.Task, ResultKind.None, null, null);
    }

    /// <summary>
    /// The metadata of <paramref name="type"/>, or null after reporting ATLAS1008 ("Method 'M' {verb} 'T', which …").
    /// A type parameter gets nothing and no report: the method is generic, which ATLAS1007 reports.
    /// </summary>
    /// <param name="type">The type whose metadata is needed.</param>
    /// <param name="verb">How the method uses it, for the message.</param>
    /// <param name="depth">Where the type is written in the return type, to point at it.</param>
    /// <param name="method">The method.</param>
    /// <param name="context">The interface's parsing context.</param>
    /// <param name="fail">Reports a diagnostic.</param>
    /// <param name="location">Where to point instead (a body parameter's type).</param>
    /// <param name="spellOut">Which nullable annotations make the runtime call need an explicit type argument.</param>
    /// <param name="typeArgumentOf">The type that argument is about, when it is not <paramref name="type"/> (a page's item).</param>
    public static ResultModel? Resolve(
        ITypeSymbol type, string verb, int depth, IMethodSymbol method, MethodContext context,
        Action<DiagnosticDescriptor, Location?, object?[]> fail, Location? location = null,
        Annotations spellOut = Annotations.None, ITypeSymbol? typeArgumentOf = null)
    {
        if (type.TypeKind == TypeKind.TypeParameter)
        {
            return null;
        }

        var resolution = JsonMetadataResolver.Resolve(type, context.Known, context.UserJsonContext);
        if (resolution.Expression is null)
        {
            fail(ClientDiagnostics.NoJsonMetadata, location ?? TypeArgumentLocation(method, depth, context),
                new object?[] { method.Name, verb, type.ToDisplayString(), resolution.Failure, resolution.Fix });
            return null;
        }

        var mayBeNull = type.NullableAnnotation == NullableAnnotation.Annotated
            || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        var argument = typeArgumentOf ?? type;
        var typeArgument = spellOut switch
        {
            Annotations.Anywhere when HasAnnotation(argument, includeTop: true) => ClientParser.TypeText(argument),
            Annotations.BelowTop when HasAnnotation(argument, includeTop: false) => ClientParser.TypeText(WithoutTopAnnotation(argument)),
            _ => null,
        };
        return new ResultModel(resolution.Expression, mayBeNull, typeArgument);
    }

    /// <summary>Which nullable annotations of a result type the runtime call cannot infer.</summary>
    public enum Annotations
    {
        /// <summary>None: the type is never passed as a type argument.</summary>
        None,

        /// <summary>Any, the type's own included.</summary>
        Anywhere,

        /// <summary>Those inside the type (type arguments, array elements), not its own.</summary>
        BelowTop,
    }

    private static bool HasAnnotation(ITypeSymbol type, bool includeTop)
    {
        if (includeTop && type.NullableAnnotation == NullableAnnotation.Annotated && type.IsReferenceType)
        {
            return true;
        }

        return type switch
        {
            IArrayTypeSymbol array => HasAnnotation(array.ElementType, includeTop: true),
            INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(a => HasAnnotation(a, includeTop: true)),
            _ => false,
        };
    }

    private static ITypeSymbol WithoutTopAnnotation(ITypeSymbol type)
        => type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;

    private static Location? ReturnTypeLocation(IMethodSymbol method, MethodContext context)
        => method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is MethodDeclarationSyntax syntax
            ? syntax.ReturnType.GetLocation()
            : ClientParser.LocationOf(method);

    /// <summary>
    /// The type as written, <paramref name="depth"/> generic levels into the return type: 1 is the <c>T</c> of
    /// <c>Task&lt;T&gt;</c>, 2 the <c>T</c> of <c>Task&lt;AtlasResponse&lt;T&gt;&gt;</c>. Falls back to the return type.
    /// </summary>
    private static Location? TypeArgumentLocation(IMethodSymbol method, int depth, MethodContext context)
    {
        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is not MethodDeclarationSyntax syntax)
        {
            return ClientParser.LocationOf(method);
        }

        var current = syntax.ReturnType;
        for (var level = 0; level < depth; level++)
        {
            var generic = current switch
            {
                GenericNameSyntax name => name,
                QualifiedNameSyntax { Right: GenericNameSyntax name } => name,
                AliasQualifiedNameSyntax { Name: GenericNameSyntax name } => name,
                _ => null,
            };
            if (generic is not { TypeArgumentList.Arguments.Count: 1 })
            {
                return syntax.ReturnType.GetLocation();
            }

            current = generic.TypeArgumentList.Arguments[0];
        }

        return current.GetLocation();
    }
}
