using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The well-known types table is carried over to a compilation derived by an edit instead of looked up again, but only
/// when the lookups would find the same symbols.
/// </summary>
public sealed class WellKnownTypesTests
{
    [Fact]
    public async Task An_edit_keeps_the_symbols_and_the_new_table_names_the_new_compilation()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory: false, "namespace A; internal static class B { }");
        var before = WellKnownTypes.For(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace A; internal static class C { }", GeneratorHarness.ParseOptions));

        var after = WellKnownTypes.For(edited);

        Assert.NotNull(before.Task);
        Assert.Same(before.Task, after.Task);
        Assert.Same(before.AtlasClientAttribute, after.AtlasClientAttribute);
        Assert.Same(edited, after.Compilation);
        Assert.Same(edited.GetTypeByMetadataName("System.Threading.Tasks.Task"), after.Task);
    }

    [Fact]
    public async Task A_source_type_of_a_well_known_name_is_looked_up_not_carried_over()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory: false, "namespace A; internal static class B { }");
        _ = WellKnownTypes.For(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace System.Threading { public struct CancellationToken { } }", GeneratorHarness.ParseOptions));

        var after = WellKnownTypes.For(edited);

        Assert.Equal(edited.GetTypeByMetadataName("System.Threading.CancellationToken"), after.CancellationToken, SymbolEqualityComparer.Default);
        Assert.False(after.CancellationToken!.DeclaringSyntaxReferences.IsEmpty);
    }

    [Fact]
    public async Task A_compilation_with_other_references_is_looked_up_not_carried_over()
    {
        var with = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory: false, "namespace A; internal static class B { }");
        Assert.NotNull(WellKnownTypes.For(with).AtlasClientAttribute);
        var atlas = with.References.Single(r => r.Display?.EndsWith("Atlas.Client.dll", StringComparison.OrdinalIgnoreCase) == true);

        var without = WellKnownTypes.For(with.RemoveReferences(atlas));

        Assert.Null(without.AtlasClientAttribute);
    }
}
