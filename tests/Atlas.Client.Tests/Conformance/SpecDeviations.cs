using System.Text.RegularExpressions;

namespace Atlas.Client.Tests.Conformance;

/// <summary>
/// A place where Atlas itself answers differently from its OpenAPI spec, so that a faithful simulator (and a client
/// that reads Atlas's answers) must too. Each names what Atlas does, what the spec says, the evidence, and exactly
/// which findings it allows; the conformance tests fail on any finding no deviation covers, and on a deviation that
/// covers nothing (a stale entry).
/// </summary>
internal sealed record SpecDeviation(string Name, string Atlas, string Spec, string Evidence, Func<SpecFinding, bool> Covers);

/// <summary>The one list of allowed deviations from the OpenAPI subsets in <c>src/AtlasApiSpec</c>.</summary>
internal static class SpecDeviations
{
    public static readonly SpecDeviation ApiErrorParametersAreStrings = new(
        "ApiError.parameters items are strings",
        Atlas: "puts the values substituted into detail into parameters as JSON strings: "
               + "{\"detail\":\"No provider bogus exists.\",\"error\":400,\"errorCode\":\"INVALID_PROVIDER\",\"parameters\":[\"bogus\"],\"reason\":\"Bad Request\"}",
        Spec: "ApiError.parameters is an array whose items are {type: object}",
        Evidence: "Atlas CLI sessions against the live Admin API (published transcripts) show INVALID_PROVIDER with [\"bogus\"], "
                  + "MISSING_ATTRIBUTE with [\"clusterType\"] and RESOURCE_NOT_FOUND with [\"CloudProvider by the name of \"]; "
                  + "issue 14 saw the same through Prism's validating proxy. src/AtlasApiSpec/README.md calls the items "
                  + "\"arbitrary JSON values\"; the simulator writes strings, as Atlas does.",
        Covers: f => f.Part.StartsWith("response body", StringComparison.Ordinal) && f.Keyword == "type"
                     && f.InstanceLocation is { } at && Regex.IsMatch(at, "^/parameters/[0-9]+$"));

    public static readonly SpecDeviation NotAcceptableForAnotherVersion = new(
        "406 INVALID_VERSION_DATE for a version the operation lacks",
        Atlas: "answers 406 Not Acceptable with an ApiError INVALID_VERSION_DATE when Accept names no version of the resource",
        Spec: "lists no 406 among the operations' answers",
        Evidence: "src/AtlasApiSpec/README.md (\"Atlas answers 406 Not Acceptable to a missing or unknown version\"); "
                  + "the body is checked against the spec's ApiError all the same",
        Covers: f => f.Part == "response status" && f.Exchange.Status == 406);

    public static readonly SpecDeviation GoneAfterTheSunset = new(
        "410 VERSION_GONE from a tenant operation past its sunset",
        Atlas: "answers 410 Gone with an ApiError VERSION_GONE from a resource version past its x-sunset date (2026-01-22 for the tenant operations)",
        Spec: "lists no 410 among the tenant operations' answers (common-components.json has the shared 'gone' answer)",
        Evidence: "src/AtlasApiSpec/README.md (\"After the sunset date the resource answers 410 Gone, errorCode VERSION_GONE\"), "
                  + "the operations' x-sunset; the body is checked against the spec's ApiError all the same",
        Covers: f => f.Part == "response status" && f.Exchange.Status == 410 && f.Exchange.Uri.AbsolutePath.Contains("/backup/tenant/", StringComparison.Ordinal));

    public static readonly SpecDeviation EnvelopeWrapsAnEntity = new(
        "envelope=true wraps an entity",
        Atlas: "answers envelope=true with {\"status\": <HTTP status>, \"content\": <the entity>}",
        Spec: "describes the envelope in the envelope parameter's text only; the 200 schema is the bare entity",
        Evidence: "the envelope parameter of every operation (\"Application wraps the response in an envelope JSON object … "
                  + "adds the status parameter\"), src/AtlasApiSpec/README.md's Envelope section; the content is checked against the 200 schema",
        Covers: f => f.Keyword == "envelope");

    public static readonly SpecDeviation RateLimitedBeforeTheSpecSaidSo = new(
        "429 in the 2025-06-30 snapshots",
        Atlas: "answers 429 RATE_LIMITED with Retry-After past its rate limit, from every operation",
        Spec: "the 2025-06-30 subsets list no 429; the later ones (2026-03-03, 2026-08-21) list it for all twelve operations",
        Evidence: "src/AtlasApiSpec/README.md (\"Errors 400, 401, 403, 404, 429 (later specs), 500\"); rate limits were "
                  + "documented, not new, when the spec added the answer",
        Covers: f => f.Part == "response status" && f.Exchange.Status == 429 && f.Document.Contains("2025-06-30", StringComparison.Ordinal));

    public static IReadOnlyList<SpecDeviation> All { get; } =
    [
        ApiErrorParametersAreStrings, NotAcceptableForAnotherVersion, GoneAfterTheSunset, EnvelopeWrapsAnEntity, RateLimitedBeforeTheSpecSaidSo,
    ];
}
