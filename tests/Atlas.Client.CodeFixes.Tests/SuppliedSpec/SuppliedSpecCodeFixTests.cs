using Atlas.Client.CodeFixes.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static Atlas.Client.CodeFixes.Tests.SuppliedSpec.SuppliedSpecSetup;

namespace Atlas.Client.CodeFixes.Tests.SuppliedSpec;

/// <summary>
/// The code fixes read the project's spec the way the analyzers do (from its additional documents), so a fix agrees with
/// the diagnostic: the version ATLAS1004 adds and the one ATLAS0101 moves to are the spec's, and the guard that builds
/// the fixed project before offering a fix checks it against the same spec (with the built-in catalog it would see the
/// spec's new version as one the operation does not offer, ATLAS0103, and decline).
/// </summary>
public class SuppliedSpecCodeFixTests
{
    /// <summary>The Flex list operation gets a newer version and its 2024-11-13 a sunset date.</summary>
    private static readonly string Spec = WithVersion(
        WithSunset(BackupSubset(), FlexListPath, "get", "2024-11-13", "2026-06-01"), FlexListPath, "get", "2026-09-01");

    [Fact]
    public async Task A_missing_version_gets_the_specs_current_version()
    {
        const string source = $$"""
            [AtlasClient]
            public partial interface IFlexList
            {
                [Get("{{FlexListPath}}")]
                Task<FlexBackupSnapshot> ListAsync(string groupId, string name);
            }
            """;

        var builtIn = Assert.Single(await FixOfferTests.OffersAsync(await SolutionAsync(source, spec: null), "ATLAS1004"));
        var supplied = Assert.Single(await FixOfferTests.OffersAsync(await SolutionAsync(source, Spec), "ATLAS1004"));

        Assert.Equal("Add Version = \"2024-11-13\" (the current version of listGroupFlexClusterBackupSnapshots)", builtIn.Title);
        Assert.Equal("Add Version = \"2026-09-01\" (the current version of listGroupFlexClusterBackupSnapshots)", supplied.Title);
        Assert.Contains($"[Get(\"{FlexListPath}\", Version = \"2026-09-01\")]", supplied.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_the_spec_sunsets_moves_to_the_specs_newer_one()
    {
        const string source = $$"""
            [AtlasClient]
            public partial interface IFlexList
            {
                [Get("{{FlexListPath}}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> ListAsync(string groupId, string name);
            }
            """;

        var offer = Assert.Single(await FixOfferTests.OffersAsync(await SolutionAsync(source, Spec), "ATLAS0101"));

        Assert.Equal("Use version 2026-09-01", offer.Title);
        Assert.Contains($"[Get(\"{FlexListPath}\", Version = \"2026-09-01\")]", offer.Text, StringComparison.Ordinal);
    }

    /// <summary>One project, as the corpus builds them, with the spec as an additional document marked the way the package's targets mark it.</summary>
    private static async Task<Solution> SolutionAsync(string source, string? spec)
    {
        var solution = await CorpusSolution.CreateAsync(CorpusShape.Inline("SuppliedSpec", ("App", "Code.cs", "using Atlas.Client;\n\nnamespace Shop;\n\n" + source)));
        if (spec is null)
        {
            return solution;
        }

        var project = solution.Projects.Single();
        const string specPath = "/corpus/SuppliedSpec/App/atlas-api.json";
        solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(project.Id), "atlas-api.json", SourceText.From(spec), filePath: specPath);
        return solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(project.Id), "AtlasApiSpec.globalconfig",
            SourceText.From($"is_global = true\n[{specPath}]\nbuild_metadata.AdditionalFiles.AtlasApiSpec = true\n"),
            filePath: "/corpus/SuppliedSpec/App/obj/AtlasApiSpec.globalconfig");
    }
}
