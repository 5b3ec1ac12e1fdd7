using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Atlas.Client.Generators.Analyzers.Sunset;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// Checks every <c>[AtlasClient]</c> route and resource version against the Admin API catalog: sunset and deprecated
/// versions, versions an operation does not offer, routes no operation has, removed operations and the legacy v1.0 API.
/// Tenant backup routes are left to the sunset analyzer (ATLAS0001), which has a migration for them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpecRouteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        SpecDiagnostics.VersionSunset, SpecDiagnostics.VersionDeprecated, SpecDiagnostics.VersionNotOffered,
        SpecDiagnostics.UnknownOperation, SpecDiagnostics.RemovedOperation, SpecDiagnostics.LegacyApi, SpecDiagnostics.ReferenceDate);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var index = SunsetMethodIndex.Create(start.Compilation);
            if (index is null)
            {
                return;
            }

            var date = SpecReferenceDate.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, DateTime.UtcNow);
            if (date.InvalidValue is { } invalid)
            {
                start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.ReferenceDate, Location.None, invalid, date.Date)));
            }

            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, index, date.Date), SymbolKind.Method);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, SunsetMethodIndex index, string referenceDate)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType.TypeKind != TypeKind.Interface
            || index.RequestAttributeOf(method) is not { } attribute
            || SunsetMethodIndex.RouteOf(attribute) is not { } route
            || SunsetMethodIndex.HttpMethodOf(attribute.AttributeClass) is not { } httpMethod
            || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax
            || SunsetRouteAnalyzer.RouteArgument(syntax) is not { } routeArgument)
        {
            return;
        }

        var segments = RoutePath.Split(route);
        if (!SunsetRouteMatch.TryFindApiRoot(route, segments, out var root, out var versionIndex))
        {
            return;
        }

        var matches = SpecCatalog.Index.Find(route, segments, root);
        foreach (var match in matches)
        {
            if (match.Sunset is not null)
            {
                return;
            }
        }

        var routeLocation = routeArgument.Expression.GetLocation();
        var op = matches.Find(m => m.Method == httpMethod);
        if (versionIndex >= 0 && segments[versionIndex].IsLiteral(route, "v1.0"))
        {
            var v2 = op ?? (matches.Count > 0 ? matches[0] : null);
            context.ReportDiagnostic(Diagnostic.Create(
                SpecDiagnostics.LegacyApi, routeLocation, route,
                v2 is null ? "the v2 API has no operation at this path" : "the v2 API has it as " + v2.Display + " (" + v2.OperationId + ")"));
            return;
        }

        if (op is null)
        {
            ReportUnknown(context, routeLocation, httpMethod, route, segments, root);
            return;
        }

        if (op.RemovedBy is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.RemovedOperation, routeLocation, op.Display, op.OperationId, op.RemovedBy));
            return;
        }

        if (SunsetMethodIndex.VersionOf(attribute) is { } version && VersionArgument(syntax) is { } versionArgument)
        {
            CheckVersion(context, versionArgument.Expression.GetLocation(), op, version, referenceDate);
        }
    }

    private static void CheckVersion(SymbolAnalysisContext context, Location location, SpecOperation op, string version, string referenceDate)
    {
        var recommended = op.RecommendedVersion(referenceDate);
        var fixable = recommended is not null && recommended != version;
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(SpecDiagnostics.SuggestedVersionProperty, recommended)
            : ImmutableDictionary<string, string?>.Empty;
        var advice = fixable ? recommended! : "(no later version exists yet)";

        var offered = op.Find(version);
        if (offered is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.VersionNotOffered, location, properties, version, op.OperationId, op.Display, op.VersionList()));
        }
        else if (offered.Sunset is { } sunset)
        {
            var descriptor = string.CompareOrdinal(sunset, referenceDate) <= 0 ? SpecDiagnostics.VersionSunset : SpecDiagnostics.VersionDeprecated;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, version, op.OperationId, op.Display, sunset, advice));
        }
    }

    private static void ReportUnknown(SymbolAnalysisContext context, Location location, string httpMethod, string route, List<PathSegment> segments, int root)
    {
        var ranked = SpecClosestOperations.Rank(SpecCatalog.Index, httpMethod, route, segments, root, count: 3);
        var suggestions = new StringBuilder();
        foreach (var (candidate, _) in ranked)
        {
            suggestions.Append(suggestions.Length == 0 ? string.Empty : "; ").Append(candidate.Display).Append(" (").Append(candidate.OperationId).Append(')');
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (SpecClosestOperations.Unambiguous(ranked, httpMethod) is { } closest)
        {
            properties = properties.Add(SpecDiagnostics.SuggestedRouteProperty, Rewrite(route, segments, root, closest));
        }

        context.ReportDiagnostic(Diagnostic.Create(
            SpecDiagnostics.UnknownOperation, location, properties, httpMethod, route,
            suggestions.Length == 0 ? "no operation has a path of this depth" : suggestions.ToString()));
    }

    /// <summary>The route with each literal segment replaced by the operation's; placeholders, host and query kept.</summary>
    private static string Rewrite(string route, List<PathSegment> segments, int root, SpecOperation op)
    {
        var text = new StringBuilder(route);
        for (var i = op.Segments.Length - 1; i >= 0; i--)
        {
            var segment = segments[root + i];
            if (!SpecRouteIndex.IsParameter(op.Segments[i]) && !segment.IsLiteral(route, op.Segments[i]))
            {
                text.Remove(segment.Start, segment.Length).Insert(segment.Start, op.Segments[i]);
            }
        }

        return text.ToString();
    }

    internal static AttributeArgumentSyntax? VersionArgument(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is null)
        {
            return null;
        }

        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == "Version")
            {
                return argument;
            }
        }

        return null;
    }
}
