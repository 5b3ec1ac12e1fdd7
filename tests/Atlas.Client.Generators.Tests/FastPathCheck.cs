using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// What every generator test also proves (the harness runs it on each test's compilation): the generator as shipped,
/// whose fast path reads plain declarations from syntax (<see cref="Parsing.FastClientReader"/>), writes exactly the
/// files, names and bytes the generator writes when every interface goes through the full parser.
/// </summary>
internal static class FastPathCheck
{
    public static void AssertSameOutputAsFullParser(GeneratorDriver shipped, Compilation compilation, CSharpParseOptions parseOptions)
    {
        var fast = Sources(shipped.GetRunResult());
        var full = Sources(CSharpGeneratorDriver
            .Create(new[] { new ClientGenerator(useFastPath: false).AsSourceGenerator() }, parseOptions: parseOptions)
            .RunGenerators(compilation)
            .GetRunResult());

        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), fast.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in full)
        {
            Assert.True(text == fast[name], $"the fast path wrote {name} differently from the full parser:\n--- full\n{text}\n--- fast\n{fast[name]}");
        }
    }

    private static Dictionary<string, string> Sources(GeneratorDriverRunResult run)
        => run.Results
            .Where(r => r.Generator.GetGeneratorType() == typeof(ClientGenerator))
            .SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}
