using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Repairs;
using Atlas.Client.CodeFixes.Safety;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// ATLAS1004: adds <c>Version = "…"</c> with the version the catalog recommends for the route's operation (the newest one
/// without a sunset date, as of the build's reference date), in the catalog the project's analyzers use (the built-in
/// one, or merged with the project's AtlasApiSpec file). Not offered for a route the catalog does not know, a
/// removed operation, a tenant route (ATLAS0001 migrates those, version included) or an operation whose versions are all
/// past their sunset.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingVersionCodeFixProvider)), Shared]
public sealed class MissingVersionCodeFixProvider : GuardedCodeFixProvider
{
    public const string EquivalenceKey = "ATLAS1004.AddRecommendedVersion";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ClientDiagnostics.MissingVersion.Id);

    private protected override ImmutableArray<IRepairRule> RepairRules => ImmutableArray<IRepairRule>.Empty;

    private protected override async Task<FixUnit?> CreateUnitAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute
            || attribute.Parent?.Parent is not MethodDeclarationSyntax declaration
            || model?.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method
            || ClientMethodIndex.Create(model.Compilation) is not { } index
            || index.RequestOf(method) is not { Route: { } route, HttpMethod: { } httpMethod } request
            || request.Attribute.ApplicationSyntaxReference?.Span != attribute.Span
            || SpecPathCheck.Check(CompilationSpecCatalog.For(document.Project.AnalyzerOptions, cancellationToken).Index, httpMethod, route, Location.None, requireApiRoot: false, out var operation) is not null
            || operation is null)
        {
            return null;
        }

        var date = SpecReferenceDate.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions, DateTime.UtcNow);
        if (operation.RecommendedVersion(date.Date) is not { } version)
        {
            return null;
        }

        var edit = VersionArgumentEdit.For(document.Id, attribute, version);
        return new FixUnit(FixUnit.KeyOf(diagnostic), EquivalenceKey, ImmutableArray.Create(new FixVariant(
            EditSet.Of(new[] { edit }), $"Add Version = \"{version}\" (the current version of {operation.OperationId})")));
    }
}
