using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes;

/// <summary>ATLAS0004: replaces a reference to a tenant model with its Flex twin, where the twin's name binds to it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SunsetModelCodeFixProvider)), Shared]
public sealed class SunsetModelCodeFixProvider : ReplaceNodeCodeFixProvider
{
    public const string EquivalenceKey = "ATLAS0004.UseFlexModel";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SunsetDiagnostics.ModelId);

    private protected override (SyntaxNode Old, SyntaxNode New, string Title, string EquivalenceKey)? Replacement(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not IdentifierNameSyntax name
            || model.GetSymbolInfo(name, cancellationToken).Symbol is not INamedTypeSymbol type
            || SunsetModel.SingleResourceOperation(type.Name)?.ReplacementModel is not { } twinName
            || model.Compilation.GetTypeByMetadataName("Atlas.Client." + twinName) is not { } twin)
        {
            return null;
        }

        var newName = SyntaxFactory.IdentifierName(twinName).WithTriviaFrom(name);

        // The twin's name must bind to the twin where the old name stood (a user type of the same name would win).
        var outer = OutermostName(name);
        var speculative = outer.ReplaceNode(name, newName);
        var bound = model.GetSpeculativeSymbolInfo(outer.SpanStart, speculative, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
        return SymbolEqualityComparer.Default.Equals(bound, twin) ? (name, newName, "Use " + twinName, EquivalenceKey) : null;
    }

    private static ExpressionSyntax OutermostName(IdentifierNameSyntax name)
    {
        ExpressionSyntax current = name;
        while (current.Parent is QualifiedNameSyntax qualified && qualified.Right == current
               || current.Parent is AliasQualifiedNameSyntax alias && alias.Name == current)
        {
            current = (ExpressionSyntax)current.Parent;
        }

        return current;
    }
}
