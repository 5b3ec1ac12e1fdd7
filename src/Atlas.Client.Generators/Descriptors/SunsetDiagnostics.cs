using System.Linq;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Descriptors;

/// <summary>
/// The descriptors of the sunset analyzers. Each message names the operation, the sunset date and the replacement,
/// so the build log alone tells a user what to do; severities are warnings that .editorconfig can change. The
/// descriptors here link to the package's page of each ID; a reported diagnostic links to MongoDB's documentation page
/// of the operation to move to (<see cref="ForOperation"/>).
/// </summary>
internal static class SunsetDiagnostics
{
    public const string Category = "AtlasSunset";

    public const string RouteId = "ATLAS0001";
    public const string CallId = "ATLAS0002";
    public const string StringId = "ATLAS0003";
    public const string ModelId = "ATLAS0004";

    /// <summary>The key under which each diagnostic carries the tenant operationId, so fixes need not re-derive it.</summary>
    public const string OperationIdProperty = "OperationId";

    public static readonly DiagnosticDescriptor Route = new(
        RouteId,
        title: "Atlas client route addresses a sunset tenant (M2/M5) backup endpoint",
        messageFormat: "Route '{0}' addresses the tenant (M2/M5) backup operation {1}, which Atlas sunset on {2}; use {3} ({4} {5}, version {6})",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Atlas answers 410 Gone (VERSION_GONE) to every tenant backup endpoint after its sunset date. The code fix moves the method to the Flex endpoint.",
        helpLinkUri: DiagnosticHelp.LinkFor(RouteId));

    public static readonly DiagnosticDescriptor Call = new(
        CallId,
        title: "Call of an Atlas client method bound to a sunset tenant (M2/M5) backup endpoint",
        messageFormat: "'{0}' calls the tenant (M2/M5) backup operation {1}, which Atlas sunset on {2}; migrate the method to {3}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The method's route addresses a tenant backup endpoint that Atlas answers with 410 Gone after its sunset date. Fix the route (ATLAS0001) to migrate every caller at once.",
        helpLinkUri: DiagnosticHelp.LinkFor(CallId));

    public static readonly DiagnosticDescriptor String = new(
        StringId,
        title: "String addresses a sunset tenant (M2/M5) backup endpoint",
        messageFormat: "This string addresses the tenant (M2/M5) backup operation {0}, which Atlas sunset on {1}; use {2} ({3} {4}, version {5})",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A URL or path built for HttpClient, HttpRequestMessage or Uri that addresses a tenant backup endpoint fails with 410 Gone after the sunset date. The code fix rewrites it to the Flex path; the request must then send the Flex resource version.",
        helpLinkUri: DiagnosticHelp.LinkFor(StringId));

    public static readonly DiagnosticDescriptor Model = new(
        ModelId,
        title: "Use of a model of the sunset tenant (M2/M5) backup endpoints",
        messageFormat: "'{0}' is the model of the tenant (M2/M5) backup operation {1}, which Atlas sunset on {2}; use '{3}' from {4}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The tenant backup models only describe answers of endpoints that Atlas no longer serves. The Flex models have the same fields.",
        helpLinkUri: DiagnosticHelp.LinkFor(ModelId));

    /// <summary>The four descriptors once per replacement's docs page (declared after them: static fields initialize in order).</summary>
    private static readonly OperationHelpLinks ReplacementPages =
        new(new[] { Route, Call, String, Model }, SunsetCatalog.Operations.Select(op => op.ReplacementDocsUrl));

    /// <summary>
    /// <paramref name="descriptor"/> (one of the four above) with MongoDB's documentation page of the operation that
    /// replaces <paramref name="op"/> as its help link; the descriptor itself when the replacement has no known page.
    /// </summary>
    public static DiagnosticDescriptor ForOperation(DiagnosticDescriptor descriptor, SunsetOperation op)
        => ReplacementPages.For(descriptor, op.ReplacementDocsUrl);
}
