using System;
using System.Collections.Immutable;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// Checks every <c>[AtlasClient]</c> route and resource version against the Admin API catalog: sunset and deprecated
/// versions, versions an operation does not offer, routes no operation has, removed operations and the legacy v1.0 API;
/// a <c>preview</c> version, which Atlas may change without notice, is reported as information. Tenant backup routes
/// are left to the sunset analyzer (ATLAS0001), which has a migration for them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpecRouteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        SpecDiagnostics.VersionSunset, SpecDiagnostics.VersionDeprecated, SpecDiagnostics.VersionNotOffered,
        SpecDiagnostics.UnknownOperation, SpecDiagnostics.RemovedOperation, SpecDiagnostics.LegacyApi, SpecDiagnostics.ReferenceDate,
        SpecDiagnostics.SpecFile, SpecDiagnostics.PreviewVersion);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var index = ClientMethodIndex.Create(start.Compilation);
            if (index is null)
            {
                return;
            }

            var date = SpecReferenceDate.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, DateTime.UtcNow);
            if (date.InvalidValue is { } invalid)
            {
                start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.ReferenceDate, Location.None, invalid, date.Date)));
            }

            var catalog = CompilationSpecCatalog.For(start.Options, start.CancellationToken);
            if (!catalog.FileDiagnostics.IsEmpty)
            {
                // Reported on the spec file itself (this analyzer only, so that there is one diagnostic per file).
                start.RegisterAdditionalFileAction(file =>
                {
                    foreach (var (specFile, diagnostic) in catalog.FileDiagnostics)
                    {
                        if (ReferenceEquals(specFile, file.AdditionalFile) || specFile.Path == file.AdditionalFile.Path)
                        {
                            file.ReportDiagnostic(diagnostic);
                        }
                    }
                });
            }

            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, index, catalog.Index, date.Date), SymbolKind.Method);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, ClientMethodIndex index, SpecRouteIndex catalog, string referenceDate)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType.TypeKind != TypeKind.Interface
            || index.RequestOf(method) is not { Route: { } route, HttpMethod: { } httpMethod } request
            || request.RouteArgument(context.CancellationToken) is not { } routeArgument)
        {
            return;
        }

        var pathDiagnostic = SpecPathCheck.Check(catalog, httpMethod, route, routeArgument.Expression.GetLocation(), requireApiRoot: false, out var op);
        if (pathDiagnostic is not null)
        {
            context.ReportDiagnostic(pathDiagnostic);
            return;
        }

        if (request.Version is not { } version || request.VersionArgument(context.CancellationToken) is not { } versionArgument)
        {
            return;
        }

        if (op is not null)
        {
            CheckVersion(context, versionArgument.Expression.GetLocation(), op, version, referenceDate);
        }
        else if (version == ResourceVersion.Preview)
        {
            // A route the catalog cannot check (not under the API root, or a tenant route ATLAS0001 reports): the version
            // itself still says the API may change.
            context.ReportDiagnostic(Diagnostic.Create(
                SpecDiagnostics.PreviewVersion, versionArgument.Expression.GetLocation(), httpMethod + " " + route, "check that the operation offers it"));
        }
    }

    private static void CheckVersion(SymbolAnalysisContext context, Location location, SpecOperation op, string version, string referenceDate)
    {
        if (op.Versions.Length == 0)
        {
            // A supplied spec's operation without a versioned media type: nothing is known to check against.
            return;
        }

        var recommended = op.RecommendedVersion(referenceDate);
        var fixable = recommended is not null && recommended != version;
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(SpecDiagnostics.SuggestedVersionProperty, recommended)
            : ImmutableDictionary<string, string?>.Empty;
        var advice = fixable ? recommended! : "(no later version exists yet)";

        var offered = op.Find(version);
        if (offered is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.ForOperation(SpecDiagnostics.VersionNotOffered, op), location, properties, version, op.OperationId, op.Display, op.VersionList()));
        }
        else if (offered.Sunset is { } sunset)
        {
            var descriptor = string.CompareOrdinal(sunset, referenceDate) <= 0 ? SpecDiagnostics.VersionSunset : SpecDiagnostics.VersionDeprecated;
            context.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.ForOperation(descriptor, op), location, properties, version, op.OperationId, op.Display, sunset, advice));
        }
        else if (version == ResourceVersion.Preview)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                SpecDiagnostics.PreviewVersion, location, properties, op.OperationId + " (" + op.Display + ")",
                fixable ? "version " + recommended + " is stable" : "it has no stable version yet"));
        }
    }
}
