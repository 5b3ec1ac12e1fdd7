namespace Atlas.Client.Generators.Analyzers;

/// <summary>
/// Where each diagnostic's documentation page lives: one Markdown page per ID in src/Atlas.Client.Generators/Docs,
/// linked from every descriptor's helpLinkUri so the IDE's "show help" opens it.
/// </summary>
internal static class DiagnosticHelp
{
    /// <summary>The repository's address of the Docs folder; the only place that names it.</summary>
    public const string DocsBaseUri = "https://github.com/atlas-client/Atlas.Client/blob/main/src/Atlas.Client.Generators/Docs/";

    /// <summary>The help link of one diagnostic ID.</summary>
    public static string LinkFor(string id) => DocsBaseUri + id + ".md";
}
