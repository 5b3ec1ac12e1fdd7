using System.Collections.Generic;
using System.Linq;
using Atlas.Client.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Decides, once per compilation, which dependency-injection helpers for the package itself a project referencing
/// Microsoft.Extensions.Http gets: <c>AddAtlasAuthentication(this IHttpClientBuilder, AtlasCredentials)</c>, and an
/// <c>Add{Name}Client</c> registration for each of the runtime library's ready-made clients (which the library, not
/// referencing Microsoft.Extensions.Http, cannot ship itself). All of them are internal, so projects that do not see
/// each other's internals each get their own copy and never clash; a project that sees another's internals
/// (InternalsVisibleTo, as test projects often do) uses that one's copy instead of emitting a second, which would make
/// every call ambiguous.
/// </summary>
internal static class PackageServicesCheck
{
    private const string AuthenticationNamespace = ClientNames.AuthenticationNamespace;
    private const string AuthenticationClassName = ClientNames.AuthenticationClassName;
    private const string LibraryNamespace = ClientNames.LibraryNamespace;

    /// <summary>The runtime library's ready-made <c>[AtlasClient]</c> interfaces.</summary>
    public static readonly string[] ReadyMadeInterfaces = { "IFlexBackups", "ITenantBackups" };

    /// <summary>Null when nothing is to be emitted.</summary>
    public static PackageServicesModel? Evaluate(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(AuthenticationNamespace + ".HttpClientBuilderExtensions") is null
            || compilation.GetTypeByMetadataName(LibraryNamespace + ".AtlasCredentials") is null)
        {
            return null;
        }

        var nullableSyntax = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 };
        var authentication = !VisibleFromAnotherAssembly(compilation, AuthenticationNamespace + "." + AuthenticationClassName);
        var clients = new List<string>();
        if (nullableSyntax)
        {
            // The registration's signature has a nullable parameter: below C# 8 only the authentication helper is written.
            foreach (var name in ReadyMadeInterfaces)
            {
                if (compilation.GetTypeByMetadataName(LibraryNamespace + "." + name) is { } iface
                    && !SymbolEqualityComparer.Default.Equals(iface.ContainingAssembly, compilation.Assembly)
                    && !VisibleFromAnotherAssembly(compilation, LibraryNamespace + "." + ClientNames.ClientNameOf(name) + "ServiceCollectionExtensions"))
                {
                    clients.Add(name);
                }
            }
        }

        return authentication || clients.Count > 0
            ? new PackageServicesModel(nullableSyntax, authentication, clients.ToEquatableArray())
            : null;
    }

    private static bool VisibleFromAnotherAssembly(Compilation compilation, string metadataName)
        => compilation.GetTypesByMetadataName(metadataName)
            .Any(type => !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));
}
