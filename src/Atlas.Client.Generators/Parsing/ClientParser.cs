using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Atlas.Client.Generators.Analyzers;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Turns an <c>[AtlasClient]</c> interface into a <see cref="ClientModel"/>, applying every ATLAS1xxx rule on the way.
/// The generator calls it without a sink and emits from the model; <see cref="ClientValidationAnalyzer"/> calls it with
/// one and reports. Returns null only when no client can be emitted at all (generic interface, a containing type that
/// cannot take a nested class, a name taken by another type).
/// </summary>
internal static class ClientParser
{
    /// <summary>The generated class's field holding its request pipeline (written by the emitter as <c>this.__invoker</c>).</summary>
    public const string InvokerField = "__invoker";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static ClientModel? Parse(
        INamedTypeSymbol iface, Compilation compilation, WellKnownTypes known, IClientIssueSink? sink, CancellationToken cancellationToken)
    {
        if (iface.TypeKind != TypeKind.Interface)
        {
            return null;
        }

        if (iface.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp8 } parseOptions)
        {
            // The emitted file starts with #nullable enable: below C# 8 it would only add a cascade of compiler errors.
            sink?.Report(ClientDiagnostics.LanguageVersionTooOld, LocationOf(iface), iface.Name, parseOptions.LanguageVersion.ToDisplayString());
            return null;
        }

        if (iface.TypeParameters.Length > 0)
        {
            sink?.Report(ClientDiagnostics.UnsupportedInterfaceShape, LocationOf(iface), iface.Name,
                "is generic; routes and JSON metadata are bound at compile time, so declare one non-generic interface per resource");
            return null;
        }

        if (iface.IsFileLocal)
        {
            sink?.Report(ClientDiagnostics.UnsupportedInterfaceShape, LocationOf(iface), iface.Name,
                "is file-local ('file'), but the client is generated into a file of its own, which cannot see it; remove 'file'");
            return null;
        }

        var containing = new List<ContainingTypeModel>();
        for (var outer = iface.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsFileLocal)
            {
                sink?.Report(ClientDiagnostics.UnsupportedInterfaceShape, LocationOf(iface), iface.Name,
                    $"is nested in the file-local type '{outer.ToDisplayString()}', but the client is generated into a file of its own, which cannot see it; remove 'file'");
                return null;
            }

            if (outer.TypeParameters.Length > 0)
            {
                sink?.Report(ClientDiagnostics.UnsupportedInterfaceShape, LocationOf(iface), iface.Name,
                    $"is nested in the generic type '{outer.ToDisplayString()}'; move the interface out of it");
                return null;
            }

            var keyword = PartialKeywordOf(outer, cancellationToken);
            if (keyword is null)
            {
                sink?.Report(ClientDiagnostics.UnsupportedInterfaceShape, LocationOf(iface), iface.Name,
                    $"is nested in '{outer.ToDisplayString()}', which is not partial; declare '{outer.Name}' partial so the client can be generated beside the interface, or move the interface out");
                return null;
            }

            containing.Insert(0, new ContainingTypeModel(keyword, outer.Name));
        }

        if (PartialKeywordOf(iface, cancellationToken) is null)
        {
            sink?.Report(ClientDiagnostics.InterfaceNotPartial, LocationOf(iface), iface.Name);
        }

        var clientName = ClientNames.ClientNameOf(iface.Name);
        if (iface.ContainingType is { } parent && parent.Name == clientName)
        {
            sink?.Report(ClientDiagnostics.CollidingMember, LocationOf(iface),
                $"The client generated for '{iface.Name}' would be named '{clientName}', like the type it is nested in, which C# does not allow; rename the interface or that type");
            return null;
        }

        var collision = FindCollidingType(iface, clientName, known, cancellationToken);
        if (collision is not null)
        {
            sink?.Report(ClientDiagnostics.CollidingMember, LocationOf(iface),
                $"The client generated for '{iface.Name}' would be named '{clientName}', like the existing type '{collision.ToDisplayString()}'; rename the interface or that type");
            return null;
        }

        var userContext = ReadJsonContext(iface, known, sink, cancellationToken);
        var methods = ImmutableArray.CreateBuilder<MethodModel>();
        var stubs = ImmutableArray.CreateBuilder<MemberStubModel>();
        var signatures = new SignatureSet();
        var fieldNames = ReservedNames(iface);
        var objectType = compilation.GetSpecialType(SpecialType.System_Object);
        var context = new MethodContext(iface, clientName, known, userContext, sink, cancellationToken);

        foreach (var type in new[] { iface }.Concat(iface.AllInterfaces))
        {
            foreach (var member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (member)
                {
                    case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                        if (method.IsStatic)
                        {
                            if (method.IsAbstract || method.IsVirtual)
                            {
                                sink?.Report(ClientDiagnostics.UnsupportedInterfaceMember, LocationOf(method), method.ToDisplayString(), "a static abstract or virtual method");
                            }

                            continue;
                        }

                        if (!method.IsAbstract)
                        {
                            continue; // A default implementation: the interface implements it itself.
                        }

                        var explicitFor = FindCollision(method, type, clientName, signatures, objectType, sink);
                        methods.Add(MethodParser.Parse(method, type, explicitFor, UniqueFieldName(method.Name, fieldNames), context));
                        break;

                    case IPropertySymbol { IsAbstract: true, IsStatic: false } property:
                        sink?.Report(ClientDiagnostics.UnsupportedInterfaceMember, LocationOf(property), property.ToDisplayString(), property.IsIndexer ? "an indexer" : "a property");
                        stubs.Add(StubOf(property, type));
                        break;

                    case IEventSymbol { IsAbstract: true, IsStatic: false } @event:
                        sink?.Report(ClientDiagnostics.UnsupportedInterfaceMember, LocationOf(@event), @event.ToDisplayString(), "an event");
                        stubs.Add(new MemberStubModel(
                            "event " + @event.Type.ToDisplayString(TypeFormat) + " " + type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Identifier(@event.Name),
                            new[] { "add", "remove" }.ToEquatableArray()));
                        break;

                    case IPropertySymbol { IsAbstract: true, IsStatic: true } or IEventSymbol { IsAbstract: true, IsStatic: true }:
                        sink?.Report(ClientDiagnostics.UnsupportedInterfaceMember, LocationOf(member), member.ToDisplayString(), "a static abstract member");
                        break;
                }
            }
        }

        var hintPrefix = iface.ContainingNamespace.IsGlobalNamespace ? string.Empty : iface.ContainingNamespace.ToDisplayString() + ".";
        var containingPrefix = string.Concat(containing.Select(c => c.Name + "."));
        return new ClientModel(
            HintName: HintNames.For(hintPrefix + containingPrefix + clientName),
            Namespace: iface.ContainingNamespace.IsGlobalNamespace ? null : iface.ContainingNamespace.ToDisplayString(),
            ContainingTypes: containing.ToEquatableArray(),
            InterfaceName: iface.Name,
            InterfaceType: iface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            ClientName: clientName,
            Accessibility: AccessibilityKeyword(iface.DeclaredAccessibility),
            ServiceRegistrationAccessibility: RegistrationAccessibility(iface),
            Methods: methods.ToImmutable().ToEquatableArray(),
            Stubs: stubs.ToImmutable().ToEquatableArray());
    }

    public static string TypeText(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    /// <summary>The C# condition that is true when a call asks for an envelope, from its <c>envelope</c> bool parameter.</summary>
    public static string EnvelopeCondition(string parameterName, bool isNullableValueType)
        => isNullableValueType ? Identifier(parameterName) + " == true" : Identifier(parameterName);

    /// <summary>A C# identifier for a name, with @ when the name is a reserved keyword.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    public static Location? LocationOf(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? symbol.Locations.FirstOrDefault();

    /// <summary>
    /// The names the operation fields must not take: every member and parameter name the client will declare (a field
    /// named like a method is a duplicate definition; one named like a parameter is shadowed in that method).
    /// </summary>
    internal static HashSet<string> ReservedNames(INamedTypeSymbol iface)
    {
        var reserved = new HashSet<string>(StringComparer.Ordinal) { InvokerField };
        foreach (var type in new[] { iface }.Concat(iface.AllInterfaces))
        {
            foreach (var member in type.GetMembers())
            {
                reserved.Add(member.Name);
                if (member is IMethodSymbol method)
                {
                    reserved.UnionWith(method.Parameters.Select(p => p.Name));
                }
            }
        }

        return reserved;
    }

    internal static string UniqueFieldName(string methodName, HashSet<string> used)
    {
        var name = "__" + methodName + "Operation";
        for (var i = 2; !used.Add(name); i++)
        {
            name = "__" + methodName + "Operation" + i;
        }

        return name;
    }

    /// <summary>
    /// Null when the method can be a public member of the client; otherwise the interface to implement it explicitly
    /// for, after reporting ATLAS1009 (a second method with the same signature, the class's own name, or a member of
    /// object it would hide).
    /// </summary>
    private static string? FindCollision(
        IMethodSymbol method, INamedTypeSymbol declaringInterface, string clientName, SignatureSet signatures,
        INamedTypeSymbol objectType, IClientIssueSink? sink)
    {
        // The interface's name is only needed when there is a collision: building it for every method was wasted work.
        string ExplicitFor() => declaringInterface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        var first = signatures.FirstWithSameSignatureOrAdd(method);
        if (first is not null)
        {
            sink?.Report(ClientDiagnostics.CollidingMember, LocationOf(method),
                $"Method '{method.ContainingType.Name}.{method.Name}' has the same signature as '{first.ContainingType.Name}.{first.Name}', so one generated method cannot implement both");
            return ExplicitFor();
        }

        if (method.Name == InvokerField)
        {
            sink?.Report(ClientDiagnostics.CollidingMember, LocationOf(method),
                $"Method '{method.Name}' has the name of the generated class's own field '{InvokerField}' (names with '__' are reserved for generated code)");
            return ExplicitFor();
        }

        if (method.Name == clientName)
        {
            sink?.Report(ClientDiagnostics.CollidingMember, LocationOf(method),
                $"Method '{method.Name}' has the name of the generated class '{clientName}', which C# does not allow for a member");
            return ExplicitFor();
        }

        foreach (var inherited in objectType.GetMembers(method.Name).OfType<IMethodSymbol>())
        {
            if (inherited.Parameters.Length == method.Parameters.Length
                && inherited.Parameters.Zip(method.Parameters, (a, b) => SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same))
            {
                sink?.Report(ClientDiagnostics.CollidingMember, LocationOf(method),
                    $"Method '{method.Name}' has the signature of object.{inherited.Name}, which the generated class would hide");
                return ExplicitFor();
            }
        }

        return null;
    }

    internal static INamedTypeSymbol? FindCollidingType(INamedTypeSymbol iface, string clientName, WellKnownTypes known, CancellationToken cancellationToken)
    {
        var candidates = iface.ContainingType is { } outer
            ? outer.GetTypeMembers(clientName)
            : iface.ContainingNamespace.GetTypeMembers(clientName);
        foreach (var candidate in candidates)
        {
            // The analyzer sees the generator's own output, and a user may add members in a partial class of the same
            // name: neither is a collision. Anything else would be a duplicate type.
            if (IsGeneratedByUs(candidate, known) || (candidate.TypeKind == TypeKind.Class && !candidate.IsStatic && candidate.Arity == 0 && PartialKeywordOf(candidate, cancellationToken) == "class"))
            {
                continue;
            }

            return candidate;
        }

        return null;
    }

    private static bool IsGeneratedByUs(INamedTypeSymbol type, WellKnownTypes known)
        => type.GetAttributes().Any(a => SymbolHelpers.Is(a.AttributeClass, known.GeneratedCodeAttribute)
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value is string tool && tool == ClientNames.GeneratorName);

    private static INamedTypeSymbol? ReadJsonContext(INamedTypeSymbol iface, WellKnownTypes known, IClientIssueSink? sink, CancellationToken cancellationToken)
    {
        var attribute = iface.GetAttributes().FirstOrDefault(a => SymbolHelpers.Is(a.AttributeClass, known.AtlasClientAttribute));
        if (attribute is null)
        {
            return null;
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key != "JsonContext" || named.Value.Value is not INamedTypeSymbol context)
            {
                continue;
            }

            if (!SymbolHelpers.DerivesFrom(context, known.JsonSerializerContext))
            {
                sink?.Report(ClientDiagnostics.InvalidJsonContext,
                    attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? LocationOf(iface),
                    iface.Name, context.ToDisplayString());
                return null;
            }

            return context;
        }

        return null;
    }

    /// <summary>The keyword(s) to redeclare a type as partial with, or null when no declaration of it is partial.</summary>
    internal static string? PartialKeywordOf(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration switch
                {
                    RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                    StructDeclarationSyntax => "struct",
                    InterfaceDeclarationSyntax => "interface",
                    _ => "class",
                };
            }
        }

        return null;
    }

    private static MemberStubModel StubOf(IPropertySymbol property, INamedTypeSymbol declaringInterface)
    {
        var owner = declaringInterface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var name = property.IsIndexer
            ? "this[" + string.Join(", ", property.Parameters.Select(p => TypeText(p.Type) + " " + Identifier(p.Name))) + "]"
            : Identifier(property.Name);
        var accessors = new List<string>();
        if (property.GetMethod is not null)
        {
            accessors.Add("get");
        }

        if (property.SetMethod is not null)
        {
            accessors.Add(property.SetMethod.IsInitOnly ? "init" : "set");
        }

        return new MemberStubModel(TypeText(property.Type) + " " + owner + "." + name, accessors.ToEquatableArray());
    }

    internal static string AccessibilityKeyword(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "internal",
    };

    /// <summary>public when every enclosing level is public, internal when all are reachable in the assembly, else null.</summary>
    internal static string? RegistrationAccessibility(INamedTypeSymbol iface)
    {
        var allPublic = true;
        for (ISymbol? level = iface; level is INamedTypeSymbol type; level = type.ContainingType)
        {
            switch (type.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Internal:
                case Accessibility.ProtectedOrInternal:
                case Accessibility.NotApplicable:
                    allPublic = false;
                    break;
                default:
                    return null;
            }
        }

        return allPublic ? "public" : "internal";
    }
}
