using Atlas.Client.Testing;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>Which server a fault case talks to.</summary>
internal enum FaultTarget
{
    /// <summary>The Atlas simulator, authenticating, with a fault injected into the API call.</summary>
    Simulator,

    /// <summary>The scripted Kestrel server, for what the simulator cannot do (stalls, resets mid-body, odd encodings).</summary>
    Loopback,
}

/// <summary>Which generated method a case calls.</summary>
internal enum FaultCall
{
    Get,
    GetWithEnvelope,
    FindNullable,
    List,
    Delete,

    /// <summary>Task&lt;AtlasResponse&lt;T&gt;&gt;: a 4xx/5xx is an <see cref="FaultEnding.Answered"/> ending, not an exception.</summary>
    GetResponse,
    GetResponseWithEnvelope,

    /// <summary>An IAsyncEnumerable&lt;T&gt; walk, one item per page, two pages; the fault hits the first page.</summary>
    WalkFirstPage,

    /// <summary>The same walk; the fault hits the second page, after the first page's item was yielded.</summary>
    WalkLaterPage,

    /// <summary>
    /// A [Body] POST. With an API key the server first challenges it (the simulator for real, the scripted server by
    /// script), so the body is sent twice and the fault hits the Digest re-send.
    /// </summary>
    Post,
}

/// <summary>The only endings a fault may have; anything else (NullReferenceException, a bare JsonException, …) fails.</summary>
internal enum FaultEnding
{
    /// <summary>The call returns normally.</summary>
    Success,

    /// <summary><see cref="AtlasApiException"/> with the status and error code.</summary>
    Api,

    /// <summary>A JsonException that names the operation and the status.</summary>
    InvalidJson,

    /// <summary>An HttpRequestException (not an AtlasApiException) with the transport failure as its inner exception.</summary>
    Transport,

    /// <summary>A TaskCanceledException around a TimeoutException: HttpClient.Timeout was honoured.</summary>
    TimedOut,

    /// <summary>An OperationCanceledException that carries the caller's token.</summary>
    Canceled,

    /// <summary>An AtlasAuthenticationException: the token endpoint refused or broke.</summary>
    Authentication,

    /// <summary>
    /// No exception: an AtlasResponse with the status and error code (and, for a success, a value or none as the case
    /// says); a non-success's ErrorMessage names the operation and the status.
    /// </summary>
    Answered,
}

/// <summary>One fault and the ending it must have.</summary>
internal sealed record FaultCase(string Name, FaultTarget Target, FaultEnding Ending)
{
    /// <summary>The expected status (Api, InvalidJson, Transport after headers), or null.</summary>
    public int? Status { get; init; }

    /// <summary>The expected Atlas error code of an Api ending (null: the body was not an ApiError).</summary>
    public string? ErrorCode { get; init; }

    public FaultCall Call { get; init; } = FaultCall.Get;

    /// <summary>For the simulator: the fault injected into the matching request.</summary>
    public SimulatorFault? Fault { get; init; }

    /// <summary>For the simulator: how many requests the fault applies to.</summary>
    public int FaultTimes { get; init; } = 1;

    /// <summary>The only credentials the case applies to (faults of the token endpoint mean nothing to API keys).</summary>
    public RigAuth? OnlyWith { get; init; }

    /// <summary>For the simulator: the path text the fault matches; the API call by default.</summary>
    public string FaultPath { get; init; } = "/api/atlas/";

    /// <summary>For the loopback server: how it answers the API call (token requests are answered for it).</summary>
    public Func<HttpContext, Task>? Script { get; init; }

    /// <summary>For an <see cref="FaultEnding.Answered"/> success: whether the response carries a value.</summary>
    public bool HasValue { get; init; }

    /// <summary>AtlasClientOptions.MaxResponseBodyBytes for the call, when the case needs a small limit.</summary>
    public long? MaxResponseBodyBytes { get; init; }

    public TimeSpan? HttpTimeout { get; init; }

    public TimeSpan? CancelAfter { get; init; }

    public bool CancelBeforeCall { get; init; }

    /// <summary>Credentials of their own (no cached token), for faults of the token endpoint.</summary>
    public bool FreshCredentials { get; init; }

    /// <summary>The client secret to use instead of the right one.</summary>
    public string? WrongSecret { get; init; }

    public Func<FaultRig, Task>? Arrange { get; init; }

    public Action<FaultRig>? Cleanup { get; init; }

    public override string ToString() => $"{Target}: {Name}";
}
