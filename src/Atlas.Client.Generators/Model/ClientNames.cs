namespace Atlas.Client.Generators.Model;

/// <summary>The names the generator gives what it writes, which the parser must know too (to detect collisions).</summary>
internal static class ClientNames
{
    /// <summary>The tool name in the <c>[GeneratedCode]</c> attribute of every generated type.</summary>
    public const string GeneratorName = "Atlas.Client.Generators";

    /// <summary>The namespace of the runtime library, where the package's own interfaces and their registrations live.</summary>
    public const string LibraryNamespace = "Atlas.Client";

    /// <summary>Where the package's <c>AddAtlasAuthentication</c> extension is written (Microsoft.Extensions.Http's own namespace).</summary>
    public const string AuthenticationNamespace = "Microsoft.Extensions.DependencyInjection";

    /// <summary>The class that holds <c>AddAtlasAuthentication</c>.</summary>
    public const string AuthenticationClassName = "AtlasHttpClientBuilderExtensions";

    /// <summary><c>IFlexSnapshots</c> → <c>FlexSnapshotsClient</c>; a name without the I-prefix convention keeps all its letters.</summary>
    public static string ClientNameOf(string interfaceName)
        => interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1])
            ? interfaceName.Substring(1) + "Client"
            : interfaceName + "Client";
}
