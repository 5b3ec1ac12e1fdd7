// Compiled by the analyzer-cost harness into its own analyzer assembly (ReplayGeneratorBuilder), not into the benchmarks;
// its names do not start with Atlas.Client, so a compiler trace does not count its frames as ours (CompilerTrace).
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReplayOnly;

/// <summary>
/// Adds, as generated sources, the text of every additional file it is given (the clients our generator wrote for the
/// same project) and does nothing else: no syntax walk, no symbol, no analysis. A compilation with it pays what adding
/// generated sources costs the compiler (its second compilation over every file, binding the added code) and none of
/// what our generator and analyzers compute.
/// </summary>
[Generator]
public sealed class ReplayGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterSourceOutput(context.AdditionalTextsProvider, static (output, file) =>
        {
            var text = file.GetText(output.CancellationToken);
            if (text is not null)
            {
                // With an encoding, as every real generator's text: the compiler embeds generated sources in the PDB.
                output.AddSource(System.IO.Path.GetFileName(file.Path), SourceText.From(text.ToString(), System.Text.Encoding.UTF8));
            }
        });
    }
}
