namespace Atlas.Client.Generators.Descriptors;

/// <summary>
/// Where each diagnostic's documentation page lives: one Markdown page per ID in src/Atlas.Client.Generators/Docs,
/// linked from every descriptor's helpLinkUri so the IDE's "show help" opens it.
/// </summary>
internal static class DiagnosticHelp
{
    /// <summary>
    /// The Docs folder in the repository, whose address is the MSBuild property <c>AtlasClientRepositoryUrl</c>
    /// (Directory.Build.targets), written into <see cref="AtlasRepository"/> by the build.
    /// </summary>
    public const string DocsBaseUri = AtlasRepository.Url + "/blob/main/src/Atlas.Client.Generators/Docs/";

    /// <summary>The help link of one diagnostic ID.</summary>
    public static string LinkFor(string id) => DocsBaseUri + id + ".md";
}
