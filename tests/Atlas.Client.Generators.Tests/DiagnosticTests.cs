using Atlas.Client.Generators.Analyzers;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// Every ATLAS1xxx rule, through a real build (generator first, then compiler and analyzer on its output): the malformed
/// interface gets exactly its diagnostic at the marked span and no compiler error besides (the generator must not
/// cascade); the fixed interface gets nothing at all.
/// </summary>
public sealed class DiagnosticTests
{
    public static IEnumerable<object[]> Cases => DiagnosticCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheMalformedInterfaceGetsExactlyItsDiagnostic(string id, string name, string bad, string good)
    {
        _ = good;
        var (source, span) = Unmark(bad);

        var result = await GeneratorHarness.RunAsync(source);

        var diagnostic = Assert.Single(result.Analyzer);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(DiagnosticHelp.LinkFor(id), diagnostic.Descriptor.HelpLinkUri);
        Assert.Empty(result.Generator);
        Assert.True(result.Compiler.IsEmpty, $"{name}: compiler diagnostics besides {id}: {string.Join("; ", result.Compiler)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheFixedInterfaceGetsNone(string id, string name, string bad, string good)
    {
        _ = bad;
        var result = await GeneratorHarness.RunAsync(good);

        Assert.True(result.Analyzer.IsEmpty, $"{id} {name}: {string.Join("; ", result.Analyzer)}");
        Assert.True(result.Compiler.IsEmpty, $"{id} {name}: {string.Join("; ", result.Compiler)}");
        Assert.NotEmpty(result.Generated);
    }

    [Fact]
    public void EveryDiagnosticHasADocsPageAndAReleaseRow()
    {
        var root = FindRepositoryRoot();
        var releases = File.ReadAllText(Path.Combine(root, "src", "Atlas.Client.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in new ClientValidationAnalyzer().SupportedDiagnostics)
        {
            var page = Path.Combine(root, "src", "Atlas.Client.Generators", "Docs", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{descriptor.Id} has no page at {page}");
            var text = File.ReadAllText(page);
            Assert.Contains("## How to fix", text, StringComparison.Ordinal);
            Assert.Contains("## How to suppress", text, StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + " |", releases, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, true)]
    [InlineData(LanguageVersion.CSharp8, false)]
    public async Task OlderThanCSharp8GetsNoClientButOneDiagnostic(LanguageVersion version, bool expectDiagnostic)
    {
        // Block namespace and no nullable annotations: valid C# 7.3 user code.
        const string source = """
            using System.Threading.Tasks;
            using Atlas.Client;

            namespace MyApp
            {
                [AtlasClient]
                internal partial interface [|IFlex|]
                {
                    [Get("/a/{id}", Version = "2024-11-13")]
                    Task<FlexBackupSnapshot> GetAsync(string id);
                }
            }
            """;
        var (unmarked, span) = Unmark(source);

        var result = await GeneratorHarness.RunAsync(unmarked, languageVersion: version);

        Assert.Empty(result.Compiler);
        if (expectDiagnostic)
        {
            var diagnostic = Assert.Single(result.Analyzer);
            Assert.Equal("ATLAS1018", diagnostic.Id);
            Assert.Equal(span, diagnostic.Location.SourceSpan);
            Assert.Contains("C# 7.3", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(result.Generated);
        }
        else
        {
            Assert.Empty(result.Analyzer);
            Assert.Single(result.Generated);
        }
    }

    [Fact]
    public void EveryDiagnosticHasACase()
    {
        var covered = DiagnosticCases.All().Select(c => (string)c[0]).Append("ATLAS1018").ToHashSet();
        foreach (var descriptor in new ClientValidationAnalyzer().SupportedDiagnostics)
        {
            Assert.Contains(descriptor.Id, covered);
        }
    }

    private static (string Source, TextSpan Span) Unmark(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the case has no [|marked|] span");
        var source = marked.Remove(end, 2).Remove(start, 2);
        return (source, TextSpan.FromBounds(start, end - 2));
    }

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
