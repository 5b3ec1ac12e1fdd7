using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.CodeFixes.Repairs;
using Atlas.Client.CodeFixes.Safety;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// ATLAS0004: writes the Flex twin where a tenant model is named (in the spelling that binds to it in that file), with the
/// edits the values it types need (the variable a result is stored in, a renamed property). Not in the signature of a
/// method still bound to a tenant route: those types change with the route (ATLAS0001).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SunsetModelCodeFixProvider)), Shared]
public sealed class SunsetModelCodeFixProvider : GuardedCodeFixProvider
{
    public const string EquivalenceKey = "ATLAS0004.UseFlexModel";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SunsetDiagnostics.ModelId);

    private protected override async Task<FixUnit?> CreateUnitAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not IdentifierNameSyntax name
            || model?.GetSymbolInfo(name, cancellationToken).Symbol is not INamedTypeSymbol type
            || !ModelTwins.IsTenantModel(type)
            || SunsetOwnership.IsInSunsetSignature(name, model)
            || TwinChoice.For(name, type, model, cancellationToken) is not { } twinName
            || ModelTwins.Resolve(model.Compilation, twinName) is not { } twin
            || TypeNameWriter.NameFor(twin, name, model) is not { } text)
        {
            return null;
        }

        return SingleEdit(document, diagnostic, name.Span, text, "Use " + twinName, EquivalenceKey);
    }
}
