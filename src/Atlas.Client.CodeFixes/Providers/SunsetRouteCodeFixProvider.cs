using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Atlas.Client.CodeFixes.Migration;
using Atlas.Client.CodeFixes.Safety;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Atlas.Client.CodeFixes;

/// <summary>
/// ATLAS0001: migrates an <c>[AtlasClient]</c> method from a tenant backup endpoint to its Flex twin (route, version,
/// parameter names, models, the method's own name, every caller and implementation: <see cref="TenantMethodMigration"/>),
/// with the edits its callers need to keep building (a local typed with the tenant model, a renamed property).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SunsetRouteCodeFixProvider)), Shared]
public sealed class SunsetRouteCodeFixProvider : GuardedCodeFixProvider
{
    public const string EquivalenceKey = TenantMethodMigration.EquivalenceKey;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SunsetDiagnostics.RouteId);

    private protected override Task<FixUnit?> CreateUnitAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
        => TenantMethodMigration.CreateAsync(document, diagnostic, session.Configurations, cancellationToken);

    private protected override async Task<IReadOnlyList<FixUnit>> PartnersAsync(Document document, Diagnostic diagnostic, FixSession session, CancellationToken cancellationToken)
        => await TenantMethodMigration.PartnersAsync(document, diagnostic, session.Configurations, cancellationToken).ConfigureAwait(false);
}
