using System.Text;
using Atlas.Client.Testing;
using static Atlas.Client.Reliability.Tests.Faults.FaultEnding;
using static Atlas.Client.Reliability.Tests.Faults.FaultTarget;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>The fault matrix: every way an answer can go wrong, at every stage of a call, with the ending it must have.</summary>
internal static class FaultCases
{
    internal static readonly TimeSpan Short = TimeSpan.FromMilliseconds(400);
    internal static readonly TimeSpan Stall = TimeSpan.FromSeconds(10);

    /// <summary>The foundation's calls (a result, an envelope, a nullable result, a page, a Task) and the backup surface's.</summary>
    public static IReadOnlyList<FaultCase> All { get; } = [.. Foundation(), .. SurfaceFaultCases.All];

    private static IReadOnlyList<FaultCase> Foundation() =>
    [
        // Bodies that are not the result's JSON.
        new("malformed JSON", Simulator, InvalidJson) { Status = 200, Fault = SimulatorFault.MalformedJson() },
        new("empty 200", Simulator, InvalidJson) { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "") },
        new("204 for a method with a result", Simulator, InvalidJson) { Status = 204, Fault = SimulatorFault.Respond(204, null, "") },
        new("204 for a Task method", Loopback, Success) { Call = FaultCall.Delete, Script = Scripts.Answer(204, null, "") },
        new("JSON null for a non-nullable result", Simulator, InvalidJson) { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "null") },
        new("JSON null for a nullable result", Simulator, Success) { Call = FaultCall.FindNullable, Fault = SimulatorFault.Respond(200, "application/json", "null") },
        new("an array instead of an object", Simulator, InvalidJson) { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "[1,2]") },
        new("a number where a string belongs", Simulator, InvalidJson) { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "{\"id\":5}") },
        new("nesting 10,000 deep", Simulator, InvalidJson) { Status = 200, Fault = SimulatorFault.Respond(200, "application/json", "{\"links\":" + new string('[', 10_000)) },
        new("invalid UTF-8", Loopback, InvalidJson) { Status = 200, Script = Scripts.Answer(200, "application/json", [.. "{\"id\":\""u8, 0xFF, 0xFE, .. "\"}"u8]) },
        new("UTF-16 body", Loopback, InvalidJson) { Status = 200, Script = Scripts.Answer(200, "application/json; charset=utf-16", Encoding.Unicode.GetBytes(Scripts.Snapshot)) },
        new("HTML login page with 200", Simulator, InvalidJson) { Status = 200, Fault = SimulatorFault.Respond(200, "text/html", "<html><body>Sign in to the proxy</body></html>") },
        new("valid JSON labelled text/plain", Simulator, Success) { Fault = SimulatorFault.Respond(200, "text/plain", Scripts.Snapshot) },
        new("malformed page", Loopback, InvalidJson) { Status = 200, Call = FaultCall.List, Script = Scripts.Answer(200, "application/json", "{\"results\":[{\"id\":") },
        new("envelope cut short", Simulator, InvalidJson) { Status = 200, Call = FaultCall.GetWithEnvelope, Fault = SimulatorFault.Respond(200, "application/json", "{\"status\":200,\"content\":{\"id\":") },
        new("error inside an envelope", Simulator, Api) { Status = 404, ErrorCode = "SNAPSHOT_NOT_FOUND", Call = FaultCall.GetWithEnvelope, Fault = SimulatorFault.Respond(200, "application/json", "{\"status\":404,\"content\":" + Scripts.ApiError(404, "SNAPSHOT_NOT_FOUND") + "}") },

        // Error statuses.
        new("HTML error page 502", Simulator, Api) { Status = 502, Fault = SimulatorFault.HtmlErrorPage() },
        new("500 UNEXPECTED_ERROR", Simulator, Api) { Status = 500, ErrorCode = "UNEXPECTED_ERROR", Fault = SimulatorFault.Respond(500, "application/json", Scripts.ApiError(500, "UNEXPECTED_ERROR")) },
        new("503 with a plain-text body", Simulator, Api) { Status = 503, Fault = SimulatorFault.Respond(503, "text/plain", "upstream unavailable", new Dictionary<string, string> { ["Retry-After"] = "30" }) },
        new("500 for a Task method", Loopback, Api) { Status = 500, ErrorCode = "UNEXPECTED_ERROR", Call = FaultCall.Delete, Script = Scripts.Answer(500, "application/json", Scripts.ApiError(500, "UNEXPECTED_ERROR")) },
        new("429 with Retry-After from the rate limit", Simulator, Api)
        {
            Status = 429, ErrorCode = "RATE_LIMITED",
            Arrange = rig => { rig.Simulator.Options.RateLimit = new SimulatorRateLimit(1, TimeSpan.FromHours(1)); return rig.CallOnceAsync(); },
            Cleanup = rig => rig.Simulator.Options.RateLimit = null,
        },
        new("404 from the simulator's data", Simulator, Api) { Status = 404, ErrorCode = "SNAPSHOT_NOT_FOUND", Arrange = rig => { rig.AskForMissingSnapshot = true; return Task.CompletedTask; }, Cleanup = rig => rig.AskForMissingSnapshot = false },
        new("redirect loop", Loopback, Api) { Status = 302, Script = Scripts.RedirectLoop },

        // The connection breaks.
        new("reset before the headers", Simulator, Transport) { Fault = SimulatorFault.ResetConnection() },
        new("truncated body", Simulator, Transport) { Status = 200, Fault = SimulatorFault.TruncatedBody() },
        new("reset mid-body (Content-Length)", Loopback, Transport) { Status = 200, Script = Scripts.ResetMidBody(200, Scripts.Snapshot, chunked: false) },
        new("reset mid-body (chunked)", Loopback, Transport) { Status = 200, Script = Scripts.ResetMidBody(200, Scripts.Snapshot, chunked: true) },
        new("reset mid-body of an error", Loopback, Api) { Status = 500, Script = Scripts.ResetMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR"), chunked: false) },

        // Slow servers: HttpClient.Timeout holds for the headers and for the body.
        new("slow headers, HttpClient.Timeout", Simulator, TimedOut) { Fault = SimulatorFault.Delay(Stall), HttpTimeout = Short },
        new("slow body, HttpClient.Timeout", Simulator, TimedOut) { Fault = SimulatorFault.SlowBody(Stall), HttpTimeout = Short },
        new("stalled error body, HttpClient.Timeout", Loopback, TimedOut) { Script = Scripts.StallMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR")), HttpTimeout = Short },
        new("stalled body of a Task method, HttpClient.Timeout", Loopback, TimedOut) { Call = FaultCall.Delete, Script = Scripts.StallMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR")), HttpTimeout = Short },

        // Cancellation at each stage.
        new("canceled before the call", Simulator, Canceled) { CancelBeforeCall = true },
        new("canceled while the token is fetched", Simulator, Canceled) { OnlyWith = RigAuth.ServiceAccount, FreshCredentials = true, FaultPath = "/api/oauth/token", Fault = SimulatorFault.Delay(Stall), CancelAfter = Short },
        new("canceled while waiting for headers", Simulator, Canceled) { Fault = SimulatorFault.Delay(Stall), CancelAfter = Short },
        new("canceled mid-body", Simulator, Canceled) { Fault = SimulatorFault.SlowBody(Stall), CancelAfter = Short },
        new("canceled mid-body of a page", Simulator, Canceled) { Call = FaultCall.List, Fault = SimulatorFault.SlowBody(Stall), CancelAfter = Short },
        new("canceled mid-body of an envelope", Simulator, Canceled) { Call = FaultCall.GetWithEnvelope, Fault = SimulatorFault.SlowBody(Stall), CancelAfter = Short },
        new("canceled while an error body is read", Loopback, Canceled) { Script = Scripts.StallMidBody(500, Scripts.ApiError(500, "UNEXPECTED_ERROR")), CancelAfter = Short },
        new("canceled during an endless body", Loopback, Canceled) { Script = Scripts.Endless(), CancelAfter = Short },

        // Authentication failures.
        new("token endpoint answers HTML", Simulator, Authentication) { OnlyWith = RigAuth.ServiceAccount, FreshCredentials = true, FaultPath = "/api/oauth/token", Fault = SimulatorFault.HtmlErrorPage() },
        new("token endpoint resets", Simulator, Transport) { OnlyWith = RigAuth.ServiceAccount, FreshCredentials = true, FaultPath = "/api/oauth/token", Fault = SimulatorFault.ResetConnection() },
        new("wrong API key", Simulator, Authentication) { OnlyWith = RigAuth.ApiKey, Status = 401, ErrorCode = "USER_UNAUTHORIZED", WrongSecret = "wrong-" + Infrastructure.TestSecrets.PrivateKey },
        new("wrong client secret", Simulator, Authentication) { OnlyWith = RigAuth.ServiceAccount, FreshCredentials = true, WrongSecret = "wrong-" + Infrastructure.TestSecrets.ClientSecret },
        new("401 with a Digest challenge from the API twice (after the one retry)", Simulator, Authentication)
        {
            Status = 401, ErrorCode = "USER_UNAUTHORIZED", FaultTimes = 2,
            Fault = SimulatorFault.Respond(401, "application/json", Scripts.ApiError(401, "USER_UNAUTHORIZED"),
                new Dictionary<string, string> { ["WWW-Authenticate"] = "Digest realm=\"MMS Public API\", domain=\"\", nonce=\"ZmF1bHQ=\", algorithm=MD5, qop=\"auth\", stale=false" }),
        },
    ];
}
