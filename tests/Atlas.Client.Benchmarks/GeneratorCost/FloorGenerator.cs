using Microsoft.CodeAnalysis;

namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>
/// The reference point for "how cheap can it get": the least a useful attribute-driven generator does over the same
/// [AtlasClient] interfaces. ForAttributeWithMetadataName re-binds every matched declaration whenever the compilation
/// changes (it Combines with the CompilationProvider), so this floor is what any FAWMN generator pays after an edit,
/// before its own parser runs. Its transform reads one symbol name and one attribute argument, its output one line.
/// </summary>
// Run in-process by the harness only, never loaded by a compiler as an analyzer: the rules for shipped
// compiler extensions (netstandard2.0 target, EnforceExtendedAnalyzerRules) do not apply.
#pragma warning disable RS1036, RS1041
[Generator(LanguageNames.CSharp)]
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Atlas.Client.AtlasClientAttribute",
            static (_, _) => true,
            static (attributeContext, _) =>
            {
                var firstMethod = attributeContext.TargetSymbol is INamedTypeSymbol type
                    ? type.GetMembers().OfType<IMethodSymbol>().FirstOrDefault()
                    : null;
                var route = firstMethod?.GetAttributes().FirstOrDefault()?.ConstructorArguments.FirstOrDefault().Value as string;
                return $"{attributeContext.TargetSymbol.Name} {route}";
            });
        context.RegisterSourceOutput(names, static (output, line) =>
            output.AddSource(line.Substring(0, line.IndexOf(' ')) + ".floor.g.cs", "// " + line));
    }
}
#pragma warning restore RS1036, RS1041
