using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// The generator's fast path: the model of an <c>[AtlasClient]</c> interface read from its declaration, binding only
/// the names written in it (the attributes' types, the signatures' types). It never builds the interface's member
/// symbols nor decodes attributes, which is most of what <see cref="ClientParser"/> costs on every edit.
/// <para>
/// It takes only the plain shape every rule of <see cref="ClientParser"/> accepts without a report: one top-level partial
/// declaration, methods with one HTTP attribute of literal arguments, Task or Task/ValueTask of a built-in model,
/// parameters without attributes or modifiers. For anything else it returns null and the generator uses
/// <see cref="ClientParser"/>. The tests hold it to that parser: every generator test and every fuzzer source is
/// generated both ways and compared byte for byte.
/// </para>
/// </summary>
internal static class FastClientReader
{
    // The last model read from each declaration and what it was read from: while the declaration's file is unchanged
    // (the same node) and every name in it still binds to the same symbols, the model is the same, and an edit elsewhere
    // costs this declaration a few dictionary lookups instead of a new model.
    private static readonly ConditionalWeakTable<InterfaceDeclarationSyntax, FastReadMemo.Box> Memos = new();

    public static ClientModel? TryRead(InterfaceDeclarationSyntax declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        // Syntax errors (a missing name, a stray token) are the full parser's: it models what the compiler recovered.
        if (declaration.ContainsDiagnostics
            || declaration.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp8 }
            || declaration.TypeParameterList is not null
            || declaration.BaseList is not null
            || declaration.ConstraintClauses.Count > 0
            || declaration.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
            || !HasPlainModifiers(declaration.Modifiers)
            || OnlyAttribute(declaration.AttributeLists) is not { } attribute
            || attribute.ArgumentList is { Arguments.Count: > 0 }
            || ScopedNameCache.DeclaresFileLocalTypes(declaration.SyntaxTree))
        {
            return null;
        }

        var compilation = semanticModel.Compilation;
        var known = WellKnownTypes.For(compilation);
        var names = ScopedNameCache.For(compilation);
        var box = Memos.GetValue(declaration, static _ => new FastReadMemo.Box());
        if (box.Memo is { } memo && memo.StillHolds(declaration, known, names, semanticModel, cancellationToken))
        {
            return memo.Model;
        }

        var recorder = new FastReadMemo.Recorder(ScopedNameCache.ScopeOf(declaration), ScopedNameCache.NamespaceKeyOf(declaration));
        var model = ReadFresh(declaration, attribute, semanticModel, known, names, recorder, cancellationToken);
        box.Memo = model is not null ? recorder.ToMemo(model, known) : null;
        return model;
    }

    private static ClientModel? ReadFresh(
        InterfaceDeclarationSyntax declaration, AttributeSyntax attribute, SemanticModel semanticModel, WellKnownTypes known,
        ScopedNameCache names, FastReadMemo.Recorder recorder, CancellationToken cancellationToken)
    {
        if (known.AtlasClientAttribute is null
            || recorder.NamespaceKey is not { } namespaceKey
            || !SymbolEqualityComparer.Default.Equals(recorder.AttributeClassOf(names, attribute, semanticModel, cancellationToken), known.AtlasClientAttribute)
            || names.NamespaceOf(namespaceKey, semanticModel.Compilation) is not { } containingNamespace
            || SingleDeclarationOf(declaration, containingNamespace) is not { } iface)
        {
            return null;
        }

        var clientName = ClientNames.ClientNameOf(iface.Name);
        var methodNames = new HashSet<string>(StringComparer.Ordinal);
        var reserved = new HashSet<string>(StringComparer.Ordinal) { ClientParser.InvokerField };
        foreach (var member in declaration.Members)
        {
            if (member is not MethodDeclarationSyntax method || !methodNames.Add(method.Identifier.ValueText))
            {
                return null; // Another kind of member, or an overload: the full parser decides stubs and collisions.
            }

            reserved.Add(method.Identifier.ValueText);
            foreach (var parameter in method.ParameterList.Parameters)
            {
                reserved.Add(parameter.Identifier.ValueText);
            }
        }

        if (!HasNoTypeNamed(clientName, containingNamespace))
        {
            return null;
        }

        var context = new FastMethodReader.Context(semanticModel, known, names, recorder, clientName, cancellationToken);
        var methods = ImmutableArray.CreateBuilder<MethodModel>(declaration.Members.Count);
        foreach (var member in declaration.Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var method = (MethodDeclarationSyntax)member;
            var model = FastMethodReader.TryRead(method, ClientParser.UniqueFieldName(method.Identifier.ValueText, reserved), context);
            if (model is null)
            {
                return null;
            }

            methods.Add(model);
        }

        var ns = iface.ContainingNamespace.IsGlobalNamespace ? null : iface.ContainingNamespace.ToDisplayString();
        return new ClientModel(
            HintName: HintNames.For(ns is null ? clientName : ns + "." + clientName),
            Namespace: ns,
            ContainingTypes: EquatableArray<ContainingTypeModel>.Empty,
            InterfaceName: iface.Name,
            InterfaceType: iface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            ClientName: clientName,
            Accessibility: ClientParser.AccessibilityKeyword(iface.DeclaredAccessibility),
            ServiceRegistrationAccessibility: ClientParser.RegistrationAccessibility(iface),
            Methods: methods.ToImmutable().ToEquatableArray(),
            Stubs: EquatableArray<MemberStubModel>.Empty);
    }

    /// <summary>No type of the client's name, even a partial class of the user's: the full parser judges any.</summary>
    internal static bool HasNoTypeNamed(string clientName, INamespaceSymbol containingNamespace)
        => containingNamespace.GetTypeMembers(clientName).IsEmpty;

    /// <summary>
    /// The interface's symbol, found by name in its namespace rather than through the semantic model, when it is declared
    /// once, here; null for a partial interface with other declarations (they may add members) or a name taken twice.
    /// </summary>
    internal static INamedTypeSymbol? SingleDeclarationOf(InterfaceDeclarationSyntax declaration, INamespaceSymbol containingNamespace)
    {
        var sameName = containingNamespace.GetTypeMembers(declaration.Identifier.ValueText, 0);
        return sameName.Length == 1
            && sameName[0] is { TypeKind: TypeKind.Interface, DeclaringSyntaxReferences: { Length: 1 } references } iface
            && references[0].SyntaxTree == declaration.SyntaxTree
            && references[0].Span == declaration.Span
            ? iface
            : null;
    }

    /// <summary>The one attribute of a declaration, when it has exactly one and no target (<c>[type: …]</c>); else null.</summary>
    internal static AttributeSyntax? OnlyAttribute(SyntaxList<AttributeListSyntax> lists)
        => lists.Count == 1 && lists[0] is { Target: null, Attributes.Count: 1 } list ? list.Attributes[0] : null;

    // partial is required (a non-partial interface is ATLAS1002's), an accessibility is optional, anything else
    // (file, unsafe, new) is the full parser's to judge.
    private static bool HasPlainModifiers(SyntaxTokenList modifiers)
    {
        var partial = false;
        foreach (var modifier in modifiers)
        {
            switch (modifier.Kind())
            {
                case SyntaxKind.PartialKeyword:
                    partial = true;
                    break;
                case SyntaxKind.PublicKeyword:
                case SyntaxKind.InternalKeyword:
                    break;
                default:
                    return false;
            }
        }

        return partial;
    }
}
