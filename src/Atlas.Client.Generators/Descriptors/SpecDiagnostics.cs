using System.Linq;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Descriptors;

/// <summary>
/// The descriptors of the spec-aware analyzers: each <c>[AtlasClient]</c> route and resource version checked against
/// the Admin API catalog (<see cref="SpecRouteAnalyzer"/>), and ATLAS0104-0106 on URL strings (<see cref="SpecStringAnalyzer"/>). Messages name the operation and, where there is one, what to use instead.
/// The descriptors link to the package's page of each ID; a version problem (ATLAS0101-0103) of an operation whose
/// MongoDB documentation page the catalog knows links there instead (<see cref="ForOperation"/>).
/// </summary>
internal static class SpecDiagnostics
{
    public const string Category = "AtlasSpec";

    public const string VersionSunsetId = "ATLAS0101";
    public const string VersionDeprecatedId = "ATLAS0102";
    public const string VersionNotOfferedId = "ATLAS0103";
    public const string UnknownOperationId = "ATLAS0104";
    public const string RemovedOperationId = "ATLAS0105";
    public const string LegacyApiId = "ATLAS0106";
    public const string ReferenceDateId = "ATLAS0107";
    public const string SpecFileId = "ATLAS0108";
    public const string PreviewVersionId = "ATLAS0109";

    /// <summary>Diagnostic property: the resource version the code fix writes.</summary>
    public const string SuggestedVersionProperty = "SuggestedVersion";

    /// <summary>Diagnostic property: the route the code fix writes.</summary>
    public const string SuggestedRouteProperty = "SuggestedRoute";

    public static readonly DiagnosticDescriptor VersionSunset = new(
        VersionSunsetId,
        title: "Atlas resource version is past its sunset date",
        messageFormat: "Version {0} of {1} ({2}) was sunset on {3}: Atlas answers 410 Gone; use version {4}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The catalog gives this resource version an x-sunset date that is on or before the reference date (the build's UTC date, or AtlasApiReferenceDate).",
        helpLinkUri: DiagnosticHelp.LinkFor(VersionSunsetId));

    public static readonly DiagnosticDescriptor VersionDeprecated = new(
        VersionDeprecatedId,
        title: "Atlas resource version is deprecated and will be sunset",
        messageFormat: "Version {0} of {1} ({2}) is deprecated and will be sunset on {3}; use version {4}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The catalog gives this resource version an x-sunset date after the reference date: it still works, until then.",
        helpLinkUri: DiagnosticHelp.LinkFor(VersionDeprecatedId));

    public static readonly DiagnosticDescriptor VersionNotOffered = new(
        VersionNotOfferedId,
        title: "Atlas operation does not offer this resource version",
        messageFormat: "{1} ({2}) does not offer version {0}: Atlas answers 406 Not Acceptable; it offers {3}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Atlas selects the resource version from the Accept header and rejects a version the operation does not have.",
        helpLinkUri: DiagnosticHelp.LinkFor(VersionNotOfferedId));

    public static readonly DiagnosticDescriptor UnknownOperation = new(
        UnknownOperationId,
        title: "No Atlas operation has this method and path",
        messageFormat: "No Atlas Admin API operation is {0} {1}; closest: {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The route is under /api/atlas/v2 but matches no operation of the catalog with this HTTP method: a typo in a segment or the wrong method.",
        helpLinkUri: DiagnosticHelp.LinkFor(UnknownOperationId));

    public static readonly DiagnosticDescriptor RemovedOperation = new(
        RemovedOperationId,
        title: "Atlas operation was removed from the API",
        messageFormat: "{0} ({1}) is no longer in the Atlas Admin API (gone from the spec of {2})",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The operation was in an earlier spec snapshot and is gone from the newest one.",
        helpLinkUri: DiagnosticHelp.LinkFor(RemovedOperationId));

    public static readonly DiagnosticDescriptor LegacyApi = new(
        LegacyApiId,
        title: "Route uses the legacy unversioned Atlas API (v1.0)",
        messageFormat: "'{0}' uses the legacy unversioned /api/atlas/v1.0 API; {1}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The v1.0 API has no resource versions and no deprecation schedule; the versioned v2 API is the supported one.",
        helpLinkUri: DiagnosticHelp.LinkFor(LegacyApiId));

    public static readonly DiagnosticDescriptor ReferenceDate = new(
        ReferenceDateId,
        title: "AtlasApiReferenceDate is not a date",
        messageFormat: "The MSBuild property AtlasApiReferenceDate is '{0}', not a yyyy-MM-dd date; sunset dates are compared with today's UTC date ({1}) instead",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "AtlasApiReferenceDate pins the date that decides whether a sunset date is past, so that a build is reproducible.",
        helpLinkUri: DiagnosticHelp.LinkFor(ReferenceDateId),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor SpecFile = new(
        SpecFileId,
        title: "Atlas API spec file cannot be used",
        messageFormat: "The Atlas API spec '{0}' cannot be used: {1} (line {2}, column {3}); the spec-aware checks use the catalog built into Atlas.Client instead",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An AtlasApiSpec item names the OpenAPI document the spec-aware checks use in place of the built-in catalog. It must be MongoDB's Atlas Administration API spec (OpenAPI 3, JSON) or a subset of it.",
        helpLinkUri: DiagnosticHelp.LinkFor(SpecFileId));

    public static readonly DiagnosticDescriptor PreviewVersion = new(
        PreviewVersionId,
        title: "Atlas preview resource version",
        messageFormat: "{0} uses the preview resource version: Atlas may change or remove a preview API without notice; {1}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Version = \"preview\" sends Accept: application/vnd.atlas.preview+json. A preview has no deprecation period and no sunset date: its request and answer can change shape, or the operation disappear, from one day to the next.",
        helpLinkUri: DiagnosticHelp.LinkFor(PreviewVersionId));

    /// <summary>
    /// The version descriptors once per docs page the catalog knows: the tenant and Flex backup operations' (declared
    /// after them: static fields initialize in order). No other operation has one, and none is made up.
    /// </summary>
    private static readonly OperationHelpLinks OperationPages = new(
        new[] { VersionSunset, VersionDeprecated, VersionNotOffered },
        SunsetCatalog.Operations.SelectMany(op => new[] { op.DocsUrl, op.ReplacementDocsUrl }));

    /// <summary>
    /// <paramref name="descriptor"/> (a version descriptor) with MongoDB's documentation page of <paramref name="op"/>
    /// as its help link; the descriptor itself, the package's page, when the catalog knows no page of the operation.
    /// </summary>
    public static DiagnosticDescriptor ForOperation(DiagnosticDescriptor descriptor, SpecOperation op)
        => OperationPages.For(descriptor, op.DocsUrl);
}
