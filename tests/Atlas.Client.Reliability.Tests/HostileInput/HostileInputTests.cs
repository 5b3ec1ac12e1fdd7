using Atlas.Client.Reliability.Tests.Infrastructure;
using Atlas.Client.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.HostileInput;

/// <summary>
/// Part 3 of issue 7: every hostile value in every kind of route and query position, checked on the server's side
/// from the raw request line: the path keeps the template's segments, each value comes back exactly as passed (nothing
/// lost, nothing added), the query has exactly the declared names, and no header appears that the client did not send.
/// Values that would remove or leave a segment are refused before any request, naming the parameter.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NoValueLeavesItsSegmentOrInjectsAQueryParameterOrHeader()
    {
        var evidence = new Evidence();
        var (failures, inputs, refused) = await HostileMatrix.RunAsync(evidence);

        Figures.Report(output, "hostile input", [
            ("values", HostileValues.All.Count.ToString()),
            ("positions (GET: 3 whole segments, a shared segment, 2 query values; [Body] POST: 2 whole segments, the body; page walk: a segment, a query value)", HostileMatrix.PositionCount.ToString()),
            ("inputs tried (value x position)", inputs.ToString()),
            ("refused, naming the parameter, before any request (empty, '.', '..', unpaired surrogate) or by the server (NUL in a path: 400)", refused.ToString()),
            ("arrived intact inside their own segment, query value or body (a body's unpaired surrogate as U+FFFD, as JSON writes it)", (inputs - refused - failures.Count).ToString()),
        ]);
        Assert.True(failures.Count == 0, $"{failures.Count} input(s) failed:\n{string.Join("\n", failures)}");
    }
}

/// <summary>The hostile-input matrix; the secret sweep runs it too.</summary>
internal static class HostileMatrix
{
    private const int Segments = 10; // "", api, atlas, v2, groups, {groupId}, clusters, {clusterName}, logs, {logName}.gz

    public static async Task<(List<string> Failures, int Inputs, int Refused)> RunAsync(Evidence evidence)
    {
        string? lastBody = null;
        await using var server = await LoopbackServer.StartAsync(
            Faults.Scripts.WithTokenEndpoint(async context =>
            {
                using var reader = new StreamReader(context.Request.Body);
                lastBody = await reader.ReadToEndAsync();
                await Faults.Scripts.Answer(200, "application/json", "{}")(context);
            }),
            kestrel => kestrel.Limits.MaxRequestLineSize = 1024 * 1024);
        using var http = AtlasHttp.Create(AtlasCredentials.ServiceAccount(TestSecrets.ClientId, TestSecrets.ClientSecret), server.Address);
        var client = new HostileProbeClient(http);

        // What a clean call sends: anything beyond these headers would have been injected.
        await client.ThreeSegmentsAsync("g", "c", "l");
        await client.QueryAsync("g");
        var baseline = server.Requests.Where(r => r.RawPath.StartsWith("/api/atlas/", StringComparison.Ordinal)).Select(r => r.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        var expectedHeaders = baseline[0].Intersect(baseline[1], StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // A POST also names its body's type and framing.
        await client.BodyAsync("g", "c", new ProbeAnswer { Seen = FixedBody });
        var expectedPostHeaders = server.Requests.Last().Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);

        var failures = new List<string>();
        var inputs = 0;
        var refused = 0;
        foreach (var (name, value) in HostileValues.All)
        {
            foreach (var position in Positions)
            {
                inputs++;
                var before = server.Requests.Count;
                lastBody = null;
                Exception? error = null;
                try
                {
                    await CallAsync(client, position, value);
                }
                catch (Exception caught)
                {
                    error = caught;
                    evidence.Add(caught);
                }

                var problem = error is not null
                    ? Refusal(position, value, error, server.Requests.Count - before)
                    : Arrival(position, value, server.Requests.Last(), position.EndsWith("@post", StringComparison.Ordinal) ? expectedPostHeaders : expectedHeaders)
                        ?? Body(position, value, lastBody);
                refused += error is not null && problem is null ? 1 : 0;
                if (problem is not null)
                {
                    failures.Add($"{name} in {position}: {problem}");
                }
            }
        }

        return (failures, inputs, refused);
    }

    /// <summary>
    /// Where a value goes: three whole segments, a segment shared with literal text and two query values of a GET; the
    /// two whole segments of a [Body] POST and its body; a page walk's segment and query value.
    /// </summary>
    private static readonly string[] Positions =
        ["groupId", "clusterName", "logName", "clusterName:pin", "name", "term", "groupId@post", "clusterName@post", "probe@post", "groupId@walk", "term@walk"];

    /// <summary>The body the POST sends when the value goes into its route.</summary>
    private const string FixedBody = "fixed";

    public static int PositionCount => Positions.Length;

    private static async Task CallAsync(HostileProbeClient client, string position, string value)
    {
        switch (position)
        {
            case "groupId": await client.ThreeSegmentsAsync(value, "c", "l"); break;
            case "clusterName": await client.ThreeSegmentsAsync("g", value, "l"); break;
            case "logName": await client.ThreeSegmentsAsync("g", "c", value); break;
            case "clusterName:pin": await client.SegmentPartAsync("g", value); break;
            case "name": await client.QueryAsync("g", name: value, size: 5); break;
            case "term": await client.QueryAsync("g", term: value, envelope: false); break;
            case "groupId@post": await client.BodyAsync(value, "c", new ProbeAnswer { Seen = FixedBody }); break;
            case "clusterName@post": await client.BodyAsync("g", value, new ProbeAnswer { Seen = FixedBody }); break;
            case "probe@post": await client.BodyAsync("g", "c", new ProbeAnswer { Seen = value }); break;
            case "groupId@walk": await foreach (var _ in client.WalkAsync(value, itemsPerPage: 7)) { } break;
            default: await foreach (var _ in client.WalkAsync("g", term: value, itemsPerPage: 7)) { } break;
        }
    }

    /// <summary>A POST's body arrives as the JSON of exactly what was passed, whatever its route held.</summary>
    private static string? Body(string position, string value, string? body)
    {
        if (!position.EndsWith("@post", StringComparison.Ordinal))
        {
            return null;
        }

        // JSON is UTF-8: System.Text.Json writes an unpaired surrogate as U+FFFD (BodyAttribute documents it).
        var expected = position == "probe@post" ? value.Replace('\uD800', '\uFFFD') : FixedBody;
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body ?? string.Empty);
            return json.RootElement.TryGetProperty("Seen", out var seen) && seen.GetString() == expected && json.RootElement.EnumerateObject().Count() == 1
                ? null
                : $"the body arrived as something else: {body}";
        }
        catch (System.Text.Json.JsonException error)
        {
            return $"the body is not JSON ({error.Message}): {body}";
        }
    }

    /// <summary>
    /// Only values that cannot fill a segment may be refused, before any request, naming their parameter. Kestrel itself
    /// answers 400 to a path holding an escaped NUL (%00): that ends as the documented AtlasApiException.
    /// </summary>
    private static string? Refusal(string position, string value, Exception error, int requestsSent)
    {
        if (value.Contains('\0', StringComparison.Ordinal) && error is AtlasApiException { StatusCode: System.Net.HttpStatusCode.BadRequest })
        {
            return null;
        }

        var parameter = position.Split(':', '@')[0];
        var wholeSegment = !position.Contains(':', StringComparison.Ordinal) && parameter is "groupId" or "clusterName";
        var inRoute = parameter is not ("name" or "term" or "probe");
        var mayRefuse = value.Contains('\uD800', StringComparison.Ordinal)
            || (value.Length == 0 && inRoute)
            || (wholeSegment && value is "." or "..");
        if (!mayRefuse)
        {
            return $"refused a value it should have sent: {error}";
        }

        if (error is not ArgumentException argument || argument.ParamName != parameter)
        {
            return $"expected an ArgumentException naming '{parameter}': {error}";
        }

        return requestsSent == 0 ? null : "the refused value still cost a request";
    }

    private static string? Arrival(string position, string value, RecordedRequest request, HashSet<string> expectedHeaders)
    {
        var segments = request.RawPath.Split('/');
        var query = request.RawQuery.Length == 0 ? [] : request.RawQuery.Split('&').Select(p => p.Split('=', 2)).ToArray();
        var extraHeaders = request.Headers.Keys.Where(h => !expectedHeaders.Contains(h)).ToList();
        if (extraHeaders.Count > 0)
        {
            return $"headers appeared: {string.Join(", ", extraHeaders)}";
        }

        if (request.Accept != "application/vnd.atlas.2023-01-01+json")
        {
            return $"the Accept header changed: {request.Accept}";
        }

        string? Expect(int segmentCount, int index, string? suffix, string[] queryNames)
        {
            if (segments.Length != segmentCount)
            {
                return $"the path has {segments.Length - 1} segments instead of {segmentCount - 1}: {request.RawTarget}";
            }

            if (index >= 0)
            {
                if (suffix is not null && !segments[index].EndsWith(suffix, StringComparison.Ordinal))
                {
                    return $"the literal '{suffix}' sharing the segment was lost: {request.RawTarget}";
                }

                var raw = suffix is null ? segments[index] : segments[index][..^suffix.Length];
                if (Uri.UnescapeDataString(raw) != value)
                {
                    return $"the segment decodes to something else than the value: {request.RawTarget}";
                }
            }

            if (!query.Select(p => p[0]).SequenceEqual(queryNames))
            {
                return $"the query has [{string.Join(", ", query.Select(p => p[0]))}] instead of [{string.Join(", ", queryNames)}]: {request.RawTarget}";
            }

            return null;
        }

        return position switch
        {
            "groupId@post" => Expect(9, 5, null, []),
            "clusterName@post" => Expect(9, 7, null, []),
            "probe@post" => Expect(9, -1, null, []),
            "groupId@walk" => Expect(7, 5, null, ["itemsPerPage", "pageNum"]),
            "term@walk" => Expect(7, -1, null, ["term", "itemsPerPage", "pageNum"]) ?? QueryValue(query, "term", value, request),
            "groupId" => Expect(Segments, 5, null, []),
            "clusterName" => Expect(Segments, 7, null, []),
            "logName" => Expect(Segments, 9, ".gz", []),
            "clusterName:pin" => Expect(8, 7, ":pin", []),
            "name" => Expect(7, -1, null, ["name", "itemsPerPage"]) ?? QueryValue(query, "name", value, request),
            _ => Expect(7, -1, null, ["term", "envelope"]) ?? QueryValue(query, "term", value, request),
        };
    }

    private static string? QueryValue(string[][] query, string name, string value, RecordedRequest request)
        => Uri.UnescapeDataString(query.Single(p => p[0] == name)[1]) == value ? null : $"the query value of '{name}' decodes to something else: {request.RawTarget}";
}
