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
            ("inputs tried (value x position: whole segment, shared segment, query)", inputs.ToString()),
            ("refused, naming the parameter, before any request (empty, '.', '..', unpaired surrogate) or by the server (NUL in a path: 400)", refused.ToString()),
            ("arrived intact inside their own segment or query value", (inputs - refused - failures.Count).ToString()),
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
        await using var server = await LoopbackServer.StartAsync(
            Faults.Scripts.WithTokenEndpoint(Faults.Scripts.Answer(200, "application/json", "{}")),
            kestrel => kestrel.Limits.MaxRequestLineSize = 1024 * 1024);
        using var http = AtlasHttp.Create(AtlasCredentials.ServiceAccount(TestSecrets.ClientId, TestSecrets.ClientSecret), server.Address);
        var client = new HostileProbeClient(http);

        // What a clean call sends: anything beyond these headers would have been injected.
        await client.ThreeSegmentsAsync("g", "c", "l");
        await client.QueryAsync("g");
        var baseline = server.Requests.Where(r => r.RawPath.StartsWith("/api/atlas/", StringComparison.Ordinal)).Select(r => r.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        var expectedHeaders = baseline[0].Intersect(baseline[1], StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var failures = new List<string>();
        var inputs = 0;
        var refused = 0;
        foreach (var (name, value) in HostileValues.All)
        {
            foreach (var position in new[] { "groupId", "clusterName", "logName", "clusterName:pin", "name", "term" })
            {
                inputs++;
                var before = server.Requests.Count;
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
                    : Arrival(position, value, server.Requests.Last(), expectedHeaders);
                refused += error is not null && problem is null ? 1 : 0;
                if (problem is not null)
                {
                    failures.Add($"{name} in {position}: {problem}");
                }
            }
        }

        return (failures, inputs, refused);
    }

    private static Task CallAsync(HostileProbeClient client, string position, string value) => position switch
    {
        "groupId" => client.ThreeSegmentsAsync(value, "c", "l"),
        "clusterName" => client.ThreeSegmentsAsync("g", value, "l"),
        "logName" => client.ThreeSegmentsAsync("g", "c", value),
        "clusterName:pin" => client.SegmentPartAsync("g", value),
        "name" => client.QueryAsync("g", name: value, size: 5),
        _ => client.QueryAsync("g", term: value, envelope: false),
    };

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

        var wholeSegment = position is "groupId" or "clusterName";
        var mayRefuse = value.Contains('\uD800', StringComparison.Ordinal)
            || (value.Length == 0 && !position.StartsWith("name", StringComparison.Ordinal) && position != "term")
            || (wholeSegment && value is "." or "..");
        if (!mayRefuse)
        {
            return $"refused a value it should have sent: {error}";
        }

        var parameter = position.Split(':')[0];
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
