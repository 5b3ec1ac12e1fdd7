using System.Reflection;
using Atlas.Client.Generators.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// Help links that resolve: the package's own pages are addressed from the MSBuild property AtlasClientRepositoryUrl
/// (Directory.Build.targets, passed to this assembly as metadata) and exist in the repository.
/// </summary>
public class HelpLinkTests
{
    private static readonly string RepositoryRoot = TestSetup.RepositoryRoot;

    /// <summary>The value of the MSBuild property this build was made with.</summary>
    internal static string RepositoryUrl { get; } = typeof(HelpLinkTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AtlasClientRepositoryUrl").Value is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException("The test project was built without AtlasClientRepositoryUrl.");

    /// <summary>The help link of an ID's page in the package's own Docs folder.</summary>
    internal static string PackagePage(string id) => RepositoryUrl + "/blob/main/src/Atlas.Client.Generators/Docs/" + id + ".md";

    /// <summary>Every analyzer the package ships: the generator assembly's and the code-fix assembly's.</summary>
    private static readonly Type[] AnalyzerTypes = typeof(DiagnosticHelp).Assembly.GetTypes()
        .Concat(typeof(Atlas.Client.CodeFixes.SunsetRouteCodeFixProvider).Assembly.GetTypes())
        .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .ToArray();

    public static IEnumerable<object[]> Analyzers() => AnalyzerTypes.Select(t => new object[] { t.Name });

    [Fact]
    public void Every_analyzer_of_the_package_is_looked_at()
        => Assert.Equal(
            new[] { "ClientValidationAnalyzer", "SpecRouteAnalyzer", "SpecStringAnalyzer", "SunsetModelAnalyzer", "SunsetRouteAnalyzer", "SunsetStringAnalyzer" },
            AnalyzerTypes.Select(t => t.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Every_supported_descriptor_links_to_its_page_under_the_repository_property(string analyzerName)
    {
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerTypes.Single(t => t.Name == analyzerName))!;
        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            var link = descriptor.HelpLinkUri;
            Assert.StartsWith(RepositoryUrl + "/", link, StringComparison.Ordinal);
            Assert.Equal(PackagePage(descriptor.Id), link);
            var page = Path.Combine(RepositoryRoot, link[(RepositoryUrl + "/blob/main/").Length..]);
            Assert.True(File.Exists(page), $"{descriptor.Id} links to {link}, but {page} does not exist");
        }
    }
}
