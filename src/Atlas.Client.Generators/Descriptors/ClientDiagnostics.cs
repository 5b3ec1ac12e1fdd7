using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Descriptors;

/// <summary>
/// The ATLAS1xxx descriptors: every way an <c>[AtlasClient]</c> interface can be malformed. The parser finds them (so the
/// generator and the analyzer apply one set of rules) and <see cref="ClientValidationAnalyzer"/> reports them. Each
/// message says how to fix the problem; each ID has a page under Docs/.
/// </summary>
internal static class ClientDiagnostics
{
    private const string Category = "Atlas.Client.Generator";

    public static readonly DiagnosticDescriptor InterfaceNotPartial = Create(
        "ATLAS1001", "[AtlasClient] interface must be partial",
        "Interface '{0}' has [AtlasClient] but is not partial; declare it 'partial interface {0}'");

    public static readonly DiagnosticDescriptor PlaceholderWithoutParameter = Create(
        "ATLAS1002", "Route placeholder has no matching parameter",
        "Route placeholder '{{{0}}}' of method '{1}' matches no parameter; add a parameter named '{0}' or rename the placeholder{2}");

    public static readonly DiagnosticDescriptor InvalidRouteTemplate = Create(
        "ATLAS1003", "Invalid route template",
        "The route template of method '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor MissingVersion = Create(
        "ATLAS1004", "Atlas resource version is missing",
        "Method '{0}' has no Version; add Version = \"yyyy-MM-dd\" (the Atlas resource version of the endpoint, e.g. [Get(\"…\", Version = \"2024-11-13\")])");

    public static readonly DiagnosticDescriptor MalformedVersion = Create(
        "ATLAS1005", "Atlas resource version is not a yyyy-MM-dd date",
        "Version \"{1}\" of method '{0}' is not a valid yyyy-MM-dd date or \"preview\"; use the date of the Atlas resource version, e.g. \"2023-01-01\"");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Create(
        "ATLAS1006", "Unsupported return type",
        "Method '{0}' returns '{1}'; declare Task, Task<T>, ValueTask<T>, Task<AtlasResponse>, Task<AtlasResponse<T>> or, for a paged list, IAsyncEnumerable<T>");

    public static readonly DiagnosticDescriptor GenericMethod = Create(
        "ATLAS1007", "Generic methods are not supported",
        "Method '{0}' is generic; the generator binds JSON metadata at compile time, so declare one non-generic method per result type");

    public static readonly DiagnosticDescriptor NoJsonMetadata = Create(
        "ATLAS1008", "Type has no source-generated JSON metadata",
        "Method '{0}' {1} '{2}', which {3}; {4}");

    public static readonly DiagnosticDescriptor CollidingMember = Create(
        "ATLAS1009", "Generated member collides with another",
        "{0}; rename it");

    public static readonly DiagnosticDescriptor MissingHttpAttribute = Create(
        "ATLAS1010", "Method needs exactly one HTTP attribute",
        "Method '{0}' {1}; give it exactly one of [Get], [Post], [Put], [Patch] or [Delete] with a route and a Version, or give it a default body");

    public static readonly DiagnosticDescriptor UnsupportedInterfaceMember = Create(
        "ATLAS1011", "Unsupported interface member",
        "'{0}' is {1}, which a generated client cannot implement; remove it or give it a default implementation");

    public static readonly DiagnosticDescriptor UnsupportedRouteParameterType = Create(
        "ATLAS1012", "Route parameter type cannot be formatted",
        "Route parameter '{0}' of method '{1}' has type '{2}'; use string, an integer type or Guid (or their nullable forms)");

    public static readonly DiagnosticDescriptor UnsupportedQueryParameterType = Create(
        "ATLAS1013", "Query parameter type cannot be formatted",
        "Query parameter '{0}' of method '{1}' has type '{2}'; use string, bool, a number type, Guid, DateTime or DateTimeOffset (or their nullable forms)");

    public static readonly DiagnosticDescriptor UnsupportedParameter = Create(
        "ATLAS1014", "Unsupported parameter",
        "Parameter '{0}' of method '{1}' {2}");

    public static readonly DiagnosticDescriptor UnsupportedInterfaceShape = Create(
        "ATLAS1015", "Interface cannot get a generated client",
        "Interface '{0}' {1}");

    public static readonly DiagnosticDescriptor InvalidJsonContext = Create(
        "ATLAS1016", "JsonContext is not a JsonSerializerContext",
        "JsonContext of '{0}' is '{1}', which does not derive from System.Text.Json.Serialization.JsonSerializerContext; name a 'partial class … : JsonSerializerContext' with [JsonSerializable] attributes");

    public static readonly DiagnosticDescriptor InvalidQueryName = Create(
        "ATLAS1017", "Invalid or duplicate query parameter name",
        "Query parameter '{0}' of method '{1}' {2}");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        "ATLAS1018", "Generated clients need C# 8 or later",
        "Interface '{0}' is compiled as C# {1}, but generated clients use nullable annotations (C# 8); set <LangVersion>8.0</LangVersion> or later in the project");

    public static readonly DiagnosticDescriptor BodyNotAllowed = Create(
        "ATLAS1019", "Request body not allowed here",
        "Parameter '{0}' of method '{1}' {2}");

    public static readonly DiagnosticDescriptor InvalidPagedMethod = Create(
        "ATLAS1020", "Invalid paged method",
        "Method '{0}' returns IAsyncEnumerable<{1}>, which walks the pages of a list, but {2}");

    private static DiagnosticDescriptor Create(string id, string title, string message) => new(
        id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor(id));
}
