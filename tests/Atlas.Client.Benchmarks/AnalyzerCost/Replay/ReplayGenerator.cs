// Compiled by the analyzer-cost harness into its own analyzer assembly (ReplayGeneratorBuilder), not into the benchmarks;
// its names do not start with Atlas.Client, so a compiler trace does not count its frames as ours (CompilerTrace).
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReplayOnly;

/// <summary>
/// Adds, as generated sources, the texts compiled into its own assembly (<c>ReplayTexts.All</c>: the clients our
/// generator wrote for the same project) and does nothing else: no syntax walk, no symbol, no analysis, no file read.
/// A compilation with it pays what adding generated sources costs the compiler (its second compilation over every
/// file, binding the added code) and none of what our generator and analyzers compute. The texts are carried in the
/// assembly rather than passed as additional files (as they were until 2026-12-06), so that the replayed compilation
/// reads no input our generator does not read either.
/// </summary>
[Generator]
public sealed class ReplayGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One source output for all the texts, run once per compilation: the parse options are a value every
        // compilation provides.
        context.RegisterSourceOutput(context.ParseOptionsProvider, static (output, _) =>
        {
            foreach (var (hintName, text) in ReplayTexts.All)
            {
                // With an encoding, as every real generator's text: the compiler embeds generated sources in the PDB.
                output.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
            }
        });
    }
}
