using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Decides, once per compilation, whether to emit <c>AddAtlasAuthentication(this IHttpClientBuilder, AtlasCredentials)</c>:
/// when the project references Microsoft.Extensions.Http and Atlas.Client, and no referenced project already gives it one
/// it can see. That last rule matters when a project sees another's internals (InternalsVisibleTo, as test projects
/// often do): two visible copies of the extension would make every call to it ambiguous, so the second project uses the
/// first one's instead of emitting its own. Projects that do not see each other's internals each get their own
/// internal copy, which never clash.
/// </summary>
internal static class AuthenticationExtensionCheck
{
    public const string Namespace = "Microsoft.Extensions.DependencyInjection";
    public const string ClassName = "AtlasHttpClientBuilderExtensions";

    /// <summary>Null when nothing is to be emitted; otherwise whether the file may use nullable syntax (C# 8+).</summary>
    public static bool? Evaluate(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(Namespace + ".HttpClientBuilderExtensions") is null
            || compilation.GetTypeByMetadataName("Atlas.Client.AtlasCredentials") is null)
        {
            return null;
        }

        var visibleElsewhere = compilation.GetTypesByMetadataName(Namespace + "." + ClassName)
            .Any(type => !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));
        if (visibleElsewhere)
        {
            return null;
        }

        return compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 };
    }
}
