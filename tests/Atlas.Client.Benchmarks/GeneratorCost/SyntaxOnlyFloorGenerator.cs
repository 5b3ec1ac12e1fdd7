using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>
/// The second reference point: a generator whose cached model comes from syntax alone (no SemanticModel in the
/// pipeline), so an edit re-reads only the edited file. Not a design to copy blindly (it cannot resolve types), but it
/// shows how much of an edit's cost is the semantic re-binding every ForAttributeWithMetadataName transform pays.
/// </summary>
// Run in-process by the harness only, never loaded by a compiler as an analyzer: the rules for shipped
// compiler extensions (netstandard2.0 target, EnforceExtendedAnalyzerRules) do not apply.
#pragma warning disable RS1036, RS1041
[Generator(LanguageNames.CSharp)]
internal sealed class SyntaxOnlyFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lines = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { AttributeLists.Count: > 0 } declaration
                    && declaration.AttributeLists.Any(list => list.Attributes.Any(a => a.Name.ToString() is "AtlasClient" or "AtlasClientAttribute")),
                // The node itself: the same instance while its file is unchanged, so everything downstream stays cached.
                static (syntaxContext, _) => (InterfaceDeclarationSyntax)syntaxContext.Node)
            .Select(static (declaration, _) =>
            {
                var route = declaration.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault()
                    ?.AttributeLists.FirstOrDefault()?.Attributes.FirstOrDefault()?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.ToString();
                return $"{declaration.Identifier.ValueText} {route}";
            });
        context.RegisterSourceOutput(lines, static (output, line) =>
            output.AddSource(line.Substring(0, line.IndexOf(' ')) + ".syntaxfloor.g.cs", "// " + line));
    }
}
#pragma warning restore RS1036, RS1041
