using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// The generator's transform: one attributed interface declaration to its client's model, or null when it is not an
/// <c>[AtlasClient]</c> declaration that produces one. <see cref="FastClientReader"/> first, <see cref="ClientParser"/>
/// for everything it declines.
/// </summary>
internal static class ClientDeclarations
{
    private const string AttributeName = "AtlasClientAttribute";
    private const string ShortAttributeName = "AtlasClient";

    // Per compilation: the names of using aliases (in any file, global ones included) whose target is named
    // AtlasClientAttribute, since [Alias] applies the attribute under a name the syntax does not show.
    private static readonly ConditionalWeakTable<Compilation, HashSet<string>> AliasesPerCompilation = new();

    public static ClientModel? Read(InterfaceDeclarationSyntax declaration, SemanticModel semanticModel, bool useFastPath, CancellationToken cancellationToken)
    {
        if (useFastPath && FastClientReader.TryRead(declaration, semanticModel, cancellationToken) is { } fast)
        {
            return fast;
        }

        // Bind only declarations whose attributes may name [AtlasClient]: an interface with other attributes (a
        // Refit [Headers], a [ServiceContract]) costs one look at its attribute names, as ForAttributeWithMetadataName's
        // syntax filter did.
        if (!MayCarryAtlasClient(declaration, semanticModel.Compilation))
        {
            return null;
        }

        return ReadFully(declaration, semanticModel, cancellationToken);
    }

    /// <summary>
    /// The full parser, on the declarations ForAttributeWithMetadataName used to hand it: the attribute recognised by its
    /// metadata name, and a partial interface that carries it on several declarations (itself an error) modelled once, from
    /// the declaration holding the first.
    /// </summary>
    private static ClientModel? ReadFully(InterfaceDeclarationSyntax declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol iface)
        {
            return null;
        }

        foreach (var attribute in iface.GetAttributes())
        {
            if (!IsAtlasClientAttribute(attribute.AttributeClass))
            {
                continue;
            }

            var reference = attribute.ApplicationSyntaxReference;
            if (reference is null || reference.SyntaxTree != declaration.SyntaxTree || !declaration.Span.Contains(reference.Span))
            {
                return null;
            }

            return ClientParser.Parse(iface, semanticModel.Compilation, WellKnownTypes.For(semanticModel.Compilation), sink: null, cancellationToken);
        }

        return null;
    }

    /// <summary>Atlas.Client.AtlasClientAttribute by name: what ForAttributeWithMetadataName matched, in whichever assembly.</summary>
    private static bool IsAtlasClientAttribute(INamedTypeSymbol? type)
        => type is { Name: AttributeName, Arity: 0, ContainingType: null, ContainingNamespace: { Name: "Client", ContainingNamespace: { Name: "Atlas", ContainingNamespace.IsGlobalNamespace: true } } };

    private static bool MayCarryAtlasClient(InterfaceDeclarationSyntax declaration, Compilation compilation)
    {
        HashSet<string>? aliases = null;
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = RightmostName(attribute.Name);
                if (name is AttributeName or ShortAttributeName)
                {
                    return true;
                }

                aliases ??= AliasesPerCompilation.GetValue(compilation, AliasesOf);
                if (aliases.Contains(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> AliasesOf(Compilation compilation)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var directive in tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                if (directive is UsingDirectiveSyntax { Alias: { } alias, NamespaceOrType: { } target } && RightmostName(target) == AttributeName)
                {
                    aliases.Add(alias.Name.Identifier.ValueText);
                }
            }
        }

        return aliases;
    }

    /// <summary>The last identifier of a name as written (<c>AtlasClient</c> in <c>global::Atlas.Client.AtlasClient</c>).</summary>
    internal static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    private static string RightmostName(TypeSyntax type) => type is NameSyntax name ? RightmostName(name) : string.Empty;
}
