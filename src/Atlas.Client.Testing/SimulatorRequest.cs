using System;
using System.Collections.Generic;

namespace Atlas.Client.Testing;

/// <summary>
/// One request as the simulator received it, for tests to assert on: the request line exactly as sent, the headers
/// (an <c>Authorization</c> value reduced to its scheme, so no secret is kept), and what was answered.
/// </summary>
public sealed class SimulatorRequest
{
    internal SimulatorRequest(
        string method, string target, IReadOnlyDictionary<string, string> headers, string? body, int statusCode, string? caller,
        DateTimeOffset receivedAt, string? serverError)
    {
        ServerError = serverError;
        Method = method;
        Target = target;
        Headers = headers;
        Body = body;
        StatusCode = statusCode;
        Caller = caller;
        ReceivedAt = receivedAt;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The raw request-target: path and query exactly as they came on the request line (still percent-encoded).</summary>
    public string Target { get; }

    /// <summary>The path part of <see cref="Target"/>, still percent-encoded.</summary>
    public string Path => Target.IndexOf('?') is var q and >= 0 ? Target.Substring(0, q) : Target;

    /// <summary>
    /// The request headers (case-insensitive names; repeated headers joined with <c>", "</c>). <c>Authorization</c>
    /// keeps only its scheme followed by <c>[redacted]</c>, e.g. <c>Digest [redacted]</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body of an API request (not of an OAuth request, whose form holds a token), or <see langword="null"/>.</summary>
    public string? Body { get; }

    /// <summary>The status the simulator answered (0 when it cut the connection without an answer).</summary>
    public int StatusCode { get; }

    /// <summary>The authenticated caller (public key or client id), <c>anonymous</c> in open mode, or <see langword="null"/>.</summary>
    public string? Caller { get; }

    /// <summary>
    /// For a <c>500 UNEXPECTED_ERROR</c>: the simulator's own failure (exception type and message), to tell a simulator
    /// bug from a client one; otherwise <see langword="null"/>.
    /// </summary>
    public string? ServerError { get; }

    /// <summary>When the request arrived, on the simulator's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The scheme of the <c>Authorization</c> header (<c>Digest</c>, <c>Bearer</c>, <c>Basic</c>), or <see langword="null"/>.</summary>
    public string? AuthorizationScheme
        => Headers.TryGetValue("Authorization", out var value) ? value.Split(' ')[0] : null;

    /// <inheritdoc />
    public override string ToString() => Method + " " + Target + " → " + StatusCode;
}
