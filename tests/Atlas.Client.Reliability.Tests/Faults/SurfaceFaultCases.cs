using Atlas.Client.Testing;
using static Atlas.Client.Reliability.Tests.Faults.FaultCases;
using static Atlas.Client.Reliability.Tests.Faults.FaultEnding;
using static Atlas.Client.Reliability.Tests.Faults.FaultTarget;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>
/// The fault matrix for the backup surface's shapes: Task&lt;AtlasResponse&lt;T&gt;&gt; (a 4xx/5xx is answered, not
/// thrown; a body that cannot be read still throws as a plain call does), an IAsyncEnumerable&lt;T&gt; walk with the
/// fault on its first page and on its second, and a [Body] POST whose fault, with an API key, hits the Digest re-send.
/// </summary>
internal static class SurfaceFaultCases
{
    private const string MissingSnapshot = "SNAPSHOT_NOT_FOUND";

    /// <summary>A body of 64 KiB, against a limit of 16 KiB.</summary>
    private static readonly string HugeSnapshot = "{\"id\":\"" + new string('a', 64 * 1024) + "\"}";

    private static readonly long SmallLimit = 16 * 1024;

    public static IReadOnlyList<FaultCase> All { get; } = [.. Responses(), .. Walks(FaultCall.WalkFirstPage), .. Walks(FaultCall.WalkLaterPage), .. Posts()];

    private static IEnumerable<FaultCase> Responses()
    {
        static FaultCase Case(string name, FaultTarget target, FaultEnding ending) => new("AtlasResponse<T>: " + name, target, ending) { Call = FaultCall.GetResponse };

        yield return Case("a normal answer", Simulator, Answered) with { Status = 200, HasValue = true };
        yield return Case("malformed JSON", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.MalformedJson() };
        yield return Case("empty 200", Simulator, Answered) with { Status = 200, HasValue = false, Fault = SimulatorFault.Respond(200, "application/json", "") };
        yield return Case("204", Simulator, Answered) with { Status = 204, HasValue = false, Fault = SimulatorFault.Respond(204, null, "") };
        yield return Case("JSON null", Simulator, Answered) with { Status = 200, HasValue = true, Fault = SimulatorFault.Respond(200, "application/json", "null") };
        yield return Case("HTML login page with 200", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "text/html", "<html><body>Sign in</body></html>") };
        yield return Case("error inside an envelope", Simulator, Answered) with
        {
            Call = FaultCall.GetResponseWithEnvelope, Status = 404, ErrorCode = MissingSnapshot,
            Fault = SimulatorFault.Respond(200, "application/json", "{\"status\":404,\"content\":" + Scripts.ApiError(404, MissingSnapshot) + "}"),
        };
        yield return Case("HTML error page 502", Simulator, Answered) with { Status = 502, Fault = SimulatorFault.HtmlErrorPage() };
        yield return Case("500 UNEXPECTED_ERROR", Simulator, Answered) with { Status = 500, ErrorCode = "UNEXPECTED_ERROR", Fault = SimulatorFault.Respond(500, "application/json", Scripts.ApiError(500, "UNEXPECTED_ERROR")) };
        yield return Case("503 with a plain-text body", Simulator, Answered) with { Status = 503, Fault = SimulatorFault.Respond(503, "text/plain", "upstream unavailable", new Dictionary<string, string> { ["Retry-After"] = "30" }) };
        yield return RateLimited(Case("429 with Retry-After from the rate limit", Simulator, Answered));
        yield return Case("404 from the simulator's data", Simulator, Answered) with
        {
            Status = 404, ErrorCode = MissingSnapshot,
            Arrange = rig => { rig.AskForMissingSnapshot = true; return Task.CompletedTask; }, Cleanup = rig => rig.AskForMissingSnapshot = false,
        };
        yield return Case("wrong API key", Simulator, Authentication) with { OnlyWith = RigAuth.ApiKey, Status = 401, ErrorCode = "USER_UNAUTHORIZED", WrongSecret = "wrong-" + Infrastructure.TestSecrets.PrivateKey };
        yield return Case("wrong client secret", Simulator, Authentication) with { OnlyWith = RigAuth.ServiceAccount, FreshCredentials = true, WrongSecret = "wrong-" + Infrastructure.TestSecrets.ClientSecret };
        yield return Case("reset before the headers", Simulator, Transport) with { Fault = SimulatorFault.ResetConnection() };
        yield return Case("truncated body", Simulator, Transport) with { Status = 200, Fault = SimulatorFault.TruncatedBody() };
        yield return Case("reset mid-body of an error: answered with its status", Loopback, Answered) with { Status = 500, Script = Scripts.ResetMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR"), chunked: false) };
        yield return Case("a body over MaxResponseBodyBytes", Simulator, Transport) with { Status = 200, MaxResponseBodyBytes = SmallLimit, Fault = SimulatorFault.Respond(200, "application/json", HugeSnapshot) };
        yield return Case("slow body, HttpClient.Timeout", Simulator, TimedOut) with { Fault = SimulatorFault.SlowBody(Stall), HttpTimeout = Short };
        yield return Case("stalled error body, HttpClient.Timeout", Loopback, TimedOut) with { Script = Scripts.StallMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR")), HttpTimeout = Short };
        yield return Case("canceled mid-body", Simulator, Canceled) with { Fault = SimulatorFault.SlowBody(Stall), CancelAfter = Short };
        yield return Case("canceled while an error body is read", Loopback, Canceled) with { Script = Scripts.StallMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR")), CancelAfter = Short };
    }

    private static IEnumerable<FaultCase> Walks(FaultCall call)
    {
        var prefix = call == FaultCall.WalkFirstPage ? "walk, page 1: " : "walk, page 2: ";
        FaultCase Case(string name, FaultTarget target, FaultEnding ending) => new(prefix + name, target, ending) { Call = call };

        if (call == FaultCall.WalkFirstPage)
        {
            yield return Case("no fault, both pages", Simulator, Success);
            yield return Case("canceled before the call", Simulator, Canceled) with { CancelBeforeCall = true };
            yield return RateLimited(Case("429 from the rate limit", Simulator, Api));
            yield return Case("wrong API key", Simulator, Authentication) with { OnlyWith = RigAuth.ApiKey, Status = 401, ErrorCode = "USER_UNAUTHORIZED", WrongSecret = "wrong-" + Infrastructure.TestSecrets.PrivateKey };
            yield return Case("slow headers, HttpClient.Timeout", Simulator, TimedOut) with { Fault = SimulatorFault.Delay(Stall), HttpTimeout = Short };
        }

        yield return Case("malformed JSON", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.MalformedJson() };
        yield return Case("empty 200", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "") };
        yield return Case("204", Simulator, InvalidJson) with { Status = 204, Fault = SimulatorFault.Respond(204, null, "") };
        yield return Case("JSON null", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "null") };
        yield return Case("items of the wrong shape", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "{\"results\":[{\"id\":5}],\"totalCount\":2}") };
        yield return Case("HTML login page with 200", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "text/html", "<html><body>Sign in</body></html>") };
        yield return Case("HTML error page 502", Simulator, Api) with { Status = 502, Fault = SimulatorFault.HtmlErrorPage() };
        yield return Case("500 UNEXPECTED_ERROR", Simulator, Api) with { Status = 500, ErrorCode = "UNEXPECTED_ERROR", Fault = SimulatorFault.Respond(500, "application/json", Scripts.ApiError(500, "UNEXPECTED_ERROR")) };
        yield return Case("reset before the headers", Simulator, Transport) with { Fault = SimulatorFault.ResetConnection() };
        yield return Case("truncated body", Simulator, Transport) with { Status = 200, Fault = SimulatorFault.TruncatedBody() };
        yield return Case("reset mid-body (chunked)", Loopback, Transport) with { Status = 200, Script = Scripts.ResetMidBody(200, Scripts.FirstOfTwoPages, chunked: true) };
        yield return Case("a page over MaxResponseBodyBytes", Simulator, Transport) with
        {
            Status = 200, MaxResponseBodyBytes = SmallLimit, Fault = SimulatorFault.Respond(200, "application/json", "{\"results\":[" + HugeSnapshot + "],\"totalCount\":2}"),
        };
        yield return Case("slow body, HttpClient.Timeout", Simulator, TimedOut) with { Fault = SimulatorFault.SlowBody(Stall), HttpTimeout = Short };
        yield return Case("stalled body, HttpClient.Timeout", Loopback, TimedOut) with { Script = Scripts.StallMidBody(200, Scripts.FirstOfTwoPages), HttpTimeout = Short };
        yield return Case("canceled while waiting for headers", Simulator, Canceled) with { Fault = SimulatorFault.Delay(Stall), CancelAfter = Short };
        yield return Case("canceled mid-body", Simulator, Canceled) with { Fault = SimulatorFault.SlowBody(Stall), CancelAfter = Short };
    }

    private static IEnumerable<FaultCase> Posts()
    {
        static FaultCase Case(string name, FaultTarget target, FaultEnding ending) => new("[Body] POST: " + name, target, ending) { Call = FaultCall.Post };

        yield return Case("no fault (the simulator creates the job from the re-sent body)", Simulator, Success);
        yield return Case("202 Accepted with the job", Simulator, Success) with { Fault = SimulatorFault.Respond(202, "application/json", Scripts.RestoreJob) };
        yield return Case("canceled before the call", Simulator, Canceled) with { CancelBeforeCall = true };
        yield return Case("malformed JSON", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.MalformedJson() };
        yield return Case("empty 200", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "") };
        yield return Case("204", Simulator, InvalidJson) with { Status = 204, Fault = SimulatorFault.Respond(204, null, "") };
        yield return Case("JSON null", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "null") };
        yield return Case("HTML login page with 200", Simulator, InvalidJson) with { Status = 200, Fault = SimulatorFault.Respond(200, "text/html", "<html><body>Sign in</body></html>") };
        yield return Case("HTML error page 502", Simulator, Api) with { Status = 502, Fault = SimulatorFault.HtmlErrorPage() };
        yield return Case("500 UNEXPECTED_ERROR", Simulator, Api) with { Status = 500, ErrorCode = "UNEXPECTED_ERROR", Fault = SimulatorFault.Respond(500, "application/json", Scripts.ApiError(500, "UNEXPECTED_ERROR")) };
        yield return Case("503 with a plain-text body", Simulator, Api) with { Status = 503, Fault = SimulatorFault.Respond(503, "text/plain", "upstream unavailable", new Dictionary<string, string> { ["Retry-After"] = "30" }) };
        yield return RateLimited(Case("429 with Retry-After from the rate limit", Simulator, Api));
        yield return Case("wrong API key", Simulator, Authentication) with { OnlyWith = RigAuth.ApiKey, Status = 401, ErrorCode = "USER_UNAUTHORIZED", WrongSecret = "wrong-" + Infrastructure.TestSecrets.PrivateKey };
        yield return Case("reset before the headers", Simulator, Transport) with { Fault = SimulatorFault.ResetConnection() };
        yield return Case("truncated body", Simulator, Transport) with { Status = 200, Fault = SimulatorFault.TruncatedBody() };
        yield return Case("reset mid-body (chunked)", Loopback, Transport) with { Status = 200, Script = Scripts.ResetMidBody(200, Scripts.RestoreJob, chunked: true) };
        yield return Case("an answer over MaxResponseBodyBytes", Simulator, Transport) with { Status = 200, MaxResponseBodyBytes = SmallLimit, Fault = SimulatorFault.Respond(200, "application/json", HugeSnapshot) };
        yield return Case("slow headers, HttpClient.Timeout", Simulator, TimedOut) with { Fault = SimulatorFault.Delay(Stall), HttpTimeout = Short };
        yield return Case("slow body, HttpClient.Timeout", Simulator, TimedOut) with { Fault = SimulatorFault.SlowBody(Stall), HttpTimeout = Short };
        yield return Case("stalled error body, HttpClient.Timeout", Loopback, TimedOut) with { Script = Scripts.StallMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR")), HttpTimeout = Short };
        yield return Case("canceled while waiting for headers", Simulator, Canceled) with { Fault = SimulatorFault.Delay(Stall), CancelAfter = Short };
        yield return Case("canceled mid-body", Simulator, Canceled) with { Fault = SimulatorFault.SlowBody(Stall), CancelAfter = Short };
    }

    /// <summary>The simulator's rate limit, used up by one call before the case's own.</summary>
    private static FaultCase RateLimited(FaultCase fault) => fault with
    {
        Status = 429, ErrorCode = "RATE_LIMITED",
        Arrange = rig => { rig.Simulator.Options.RateLimit = new SimulatorRateLimit(1, TimeSpan.FromHours(1)); return rig.CallOnceAsync(); },
        Cleanup = rig => rig.Simulator.Options.RateLimit = null,
    };
}
