using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// Compiles <c>Replay/ReplayGenerator.cs</c> (copied beside the harness), with the texts it is to add as string
/// constants, into an analyzer assembly the compiler can load: a generator that adds our generator's captured output
/// verbatim and analyses nothing, to size what added sources alone cost a compilation.
/// </summary>
internal static class ReplayGeneratorBuilder
{
    /// <param name="outputDirectory">Where the assembly is written.</param>
    /// <param name="texts">Each source to add: its hint name and text.</param>
    public static string Build(string outputDirectory, IReadOnlyList<(string HintName, string Text)> texts)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "AnalyzerCost", "Replay", "ReplayGenerator.cs");
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(source), path: source);
        var entries = texts.Select(t => $"        ({SymbolDisplay.FormatLiteral(t.HintName, quote: true)}, {SymbolDisplay.FormatLiteral(t.Text, quote: true)}),");
        var textsTree = CSharpSyntaxTree.ParseText(
            $$"""
            namespace ReplayOnly;

            internal static class ReplayTexts
            {
                public static readonly (string HintName, string Text)[] All =
                [
            {{string.Join(Environment.NewLine, entries)}}
                ];
            }
            """,
            path: "ReplayTexts.cs");

        // The running runtime's assemblies plus the Microsoft.CodeAnalysis the harness carries: the compiler that loads
        // the result runs on the same .NET and has a Microsoft.CodeAnalysis at least as new.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Text.Encoding.Extensions.dll" or "netstandard.dll" or "System.Collections.Immutable.dll" or "System.Private.CoreLib.dll")
            .Append(typeof(IIncrementalGenerator).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReplayOnly.Generator",
            [tree, textsTree],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, "ReplayOnly.Generator.dll");
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!result.Success || errors.Count > 0)
            {
                throw new InvalidOperationException("The replay generator does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
            }
        }

        return path;
    }
}
