using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Parsing;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The generator's fast path (<see cref="FastClientReader"/>) against the full parser. Every generator test also
/// compares the two generators' whole output (<see cref="GeneratorHarness"/>); these tests pin which declarations the
/// fast path takes, so that comparison is not passed by a path that declines everything.
/// </summary>
public sealed class FastPathTests
{
    [Fact]
    public async Task The_plain_declaration_users_write_is_read_fast_and_modelled_as_the_full_parser_does()
    {
        var (fast, full) = await ReadBothAsync(TestSources.Usings + TestSources.FlexInterface);

        Assert.NotNull(fast);
        Assert.Equal(full, fast);
    }

    [Fact]
    public async Task The_benchmark_shape_is_read_fast_with_global_names_value_task_delete_and_queries()
    {
        const string Source = """
            using System.Threading;
            using System.Threading.Tasks;
            using Atlas.Client;

            namespace Bench.Apis;

            [AtlasClient]
            internal partial interface IResourceApi
            {
                [Get("/api/atlas/v2/groups/{groupId}/things/{thingId}", Version = "2024-11-13")]
                Task<global::Atlas.Client.FlexBackupSnapshot> GetThingAsync(string groupId, string thingId, bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

                [Get("/api/atlas/v2/groups/{groupId}/things/{thingId}/other", Version = "2024-11-13")]
                ValueTask<FlexBackupSnapshot> GetOtherAsync(string groupId, long thingId, int itemsPerPage = 100, string name = "a\"b");

                [Delete("/api/atlas/v2/groups/{groupId}/things/{thingId}", Version = "2024-11-13")]
                Task DeleteThingAsync(string groupId, global::System.Guid thingId, CancellationToken cancellationToken);
            }
            """;

        var (fast, full) = await ReadBothAsync(Source);

        Assert.NotNull(fast);
        Assert.Equal(full, fast);
    }

    [Theory]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string groupId); int Count { get; }", "a property (a stub)")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string groupId, [Query(\"x\")] string y);", "a parameter attribute")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot?> A(string groupId);", "an annotated result")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string? groupId);", "an annotated reference parameter")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = Versions.Current)] Task<FlexBackupSnapshot> A(string groupId);", "a constant version")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\")] Task<FlexBackupSnapshot> A(string groupId);", "no version (ATLAS1003)")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<AtlasResponse<FlexBackupSnapshot>> A(string groupId);", "an AtlasResponse")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string group);", "a placeholder without its parameter")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string groupId); [Get(\"/api/atlas/v2/groups/{groupId}/x\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string groupId, int n);", "an overload")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<string> ToString(string groupId);", "a name of object's")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string groupId, double? x = 1);", "a default that needs a conversion")]
    [InlineData("[Get(\"/api/atlas/v2/groups/{groupId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> A(string groupId, bool long ? envelope = null);", "a syntax error (fuzz case 3311)")]
    public async Task Anything_else_goes_to_the_full_parser(string members, string why)
    {
        var source = TestSources.Usings + $$"""
            internal static class Versions { public const string Current = "2024-11-13"; }

            [AtlasClient]
            public partial interface IDeclined
            {
                {{members}}
            }
            """;

        var (fast, _) = await ReadBothAsync(source);

        Assert.True(fast is null, "the fast path took " + why);
    }

    [Theory]
    [InlineData("[AtlasClient(JsonContext = typeof(object))] public partial interface IDeclined { }", "a JsonContext")]
    [InlineData("[AtlasClient] public interface IDeclined { }", "a non-partial interface")]
    [InlineData("[AtlasClient] public partial interface IDeclined : System.IDisposable { }", "a base interface")]
    [InlineData("[AtlasClient] public partial interface IDeclined { } public partial interface IDeclined { }", "a second declaration")]
    [InlineData("[AtlasClient] public partial interface IDeclined<T> { }", "a generic interface")]
    [InlineData("public partial class Outer { [AtlasClient] public partial interface IDeclined { } }", "a nested interface")]
    [InlineData("[AtlasClient] public partial interface IDeclined { } public class DeclinedClient { }", "a type with the client's name")]
    [InlineData("[AtlasClient, System.Obsolete] public partial interface IDeclined { }", "a second attribute")]
    public async Task Declarations_the_fast_path_is_not_sure_about_go_to_the_full_parser(string declarations, string why)
    {
        var (fast, _) = await ReadBothAsync(TestSources.Usings + declarations, "IDeclined");

        Assert.True(fast is null, "the fast path took " + why);
    }

    [Fact]
    public async Task An_attribute_named_AtlasClient_from_elsewhere_is_not_ours()
    {
        const string Source = """
            using System.Threading.Tasks;

            namespace Elsewhere
            {
                [System.AttributeUsage(System.AttributeTargets.Interface)]
                public sealed class AtlasClientAttribute : System.Attribute { }

                [AtlasClient]
                public partial interface IMine { }
            }
            """;

        var (fast, full) = await ReadBothAsync(Source, "IMine");

        Assert.Null(fast);
        Assert.NotNull(full); // The full parser models whatever interface it is handed; the generator's filter is by attribute name.
    }

    [Fact]
    public async Task After_an_edit_elsewhere_the_same_declaration_gives_the_same_model_without_reading_it_again()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory: false, TestSources.Usings + TestSources.FlexInterface, "namespace Other; internal static class A { }");
        var tree = compilation.SyntaxTrees.First();
        var first = ReadFast(compilation, tree);

        var other = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("namespace Other; internal static class B { }")));
        var second = ReadFast(edited, tree);

        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("namespace MyApp; public sealed class FlexBackupSnapshot { }", "the result type now binds to the user's own class")]
    [InlineData("namespace MyApp; public struct CancellationToken { }", "the token's type now binds to the user's own struct")]
    [InlineData("namespace MyApp; public sealed class GetAttribute : System.Attribute { public GetAttribute(string r) { } public string? Version { get; set; } }", "[Get] now binds to the user's own attribute")]
    [InlineData("namespace MyApp; public partial class FlexSnapshotsClient { }", "the client's name is now taken")]
    [InlineData("namespace MyApp; public partial interface IFlexSnapshots { }", "the interface now has a second declaration")]
    public async Task An_edit_elsewhere_that_changes_what_the_declaration_means_is_not_answered_from_memory(string added, string why)
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory: false, TestSources.Usings + TestSources.FlexInterface);
        var tree = compilation.SyntaxTrees.Single();
        Assert.NotNull(ReadFast(compilation, tree));

        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(added, GeneratorHarness.ParseOptions, path: "Added.cs"));
        var again = ReadFast(edited, tree);

        Assert.True(again is null, "the fast path answered from memory although " + why);
    }

    [Fact]
    public async Task A_file_that_declares_a_file_local_type_is_left_to_the_full_parser_and_other_files_are_not_misled()
    {
        // The same usings and namespace in both files: only the first sees its own file-local FlexBackupSnapshot.
        var withFileLocal = TestSources.Usings + "file sealed class FlexBackupSnapshot { }\n" + TestSources.FlexInterface;
        var plain = TestSources.Usings + TestSources.FlexInterface.Replace("IFlexSnapshots", "IOtherSnapshots", StringComparison.Ordinal);
        var compilation = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory: false, withFileLocal, plain);

        var models = compilation.SyntaxTrees.Select(tree => ReadFast(compilation, tree)).ToList();

        Assert.Null(models[0]);
        Assert.NotNull(models[1]);
        Assert.Equal("global::Atlas.Client.AtlasJsonContext.Default.FlexBackupSnapshot", models[1]!.Methods[0].Result!.TypeInfoExpression);
    }

    /// <summary>The fast path's model of the one interface declared in <paramref name="tree"/>, read in <paramref name="compilation"/>.</summary>
    private static ClientModel? ReadFast(Compilation compilation, SyntaxTree tree)
        => FastClientReader.TryRead(
            tree.GetRoot().DescendantNodes().OfType<InterfaceDeclarationSyntax>().Single(), compilation.GetSemanticModel(tree), CancellationToken.None);

    private static async Task<(ClientModel? Fast, ClientModel? Full)> ReadBothAsync(string source, string? interfaceName = null)
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory: false, source);
        var tree = compilation.SyntaxTrees.Single();
        var declaration = tree.GetRoot().DescendantNodes().OfType<InterfaceDeclarationSyntax>()
            .First(d => interfaceName is null || d.Identifier.ValueText == interfaceName);
        var semanticModel = compilation.GetSemanticModel(tree);
        var fast = FastClientReader.TryRead(declaration, semanticModel, CancellationToken.None);
        var symbol = (INamedTypeSymbol)semanticModel.GetDeclaredSymbol(declaration)!;
        var full = ClientParser.Parse(symbol, compilation, WellKnownTypes.For(compilation), sink: null, CancellationToken.None);
        return (fast, full);
    }
}
