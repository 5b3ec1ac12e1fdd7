using System;
using System.Collections.Generic;
using System.Text;

namespace Atlas.Client.Testing;

/// <summary>
/// A misbehaviour the simulator can inject into an answer, for testing how a client copes: delays, broken bodies,
/// answers that are not Atlas's, a dropped connection. Register with <see cref="SimulatorFaults.Add"/>.
/// </summary>
public sealed class SimulatorFault
{
    private SimulatorFault(SimulatorFaultKind kind, string description)
    {
        Kind = kind;
        Description = description;
    }

    /// <summary>What the fault does.</summary>
    public SimulatorFaultKind Kind { get; }

    /// <summary>For <see cref="SimulatorFaultKind.Delay"/> and <see cref="SimulatorFaultKind.SlowBody"/>: how long.</summary>
    public TimeSpan Duration { get; private init; }

    /// <summary>For <see cref="SimulatorFaultKind.Respond"/>: the status code sent.</summary>
    public int StatusCode { get; private init; }

    /// <summary>For <see cref="SimulatorFaultKind.Respond"/>: the content type sent, if any.</summary>
    public string? ContentType { get; private init; }

    /// <summary>For <see cref="SimulatorFaultKind.Respond"/>: the body sent.</summary>
    public IReadOnlyList<byte> Body { get; private init; } = Array.Empty<byte>();

    /// <summary>For <see cref="SimulatorFaultKind.Respond"/>: extra headers sent.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

    private string Description { get; }

    /// <summary>Waits <paramref name="delay"/> before handling the request normally (slow headers, timeouts).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static SimulatorFault Delay(TimeSpan delay)
        => new(SimulatorFaultKind.Delay, "delay " + delay) { Duration = NotNegative(delay, nameof(delay)) };

    /// <summary>Answers normally but pauses <paramref name="pause"/> after the headers and the first half of the body.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pause"/> is negative.</exception>
    public static SimulatorFault SlowBody(TimeSpan pause)
        => new(SimulatorFaultKind.SlowBody, "slow body " + pause) { Duration = NotNegative(pause, nameof(pause)) };

    /// <summary>
    /// Answers normally but announces the full <c>Content-Length</c>, sends half the body and, a quarter second later,
    /// drops the connection: the client gets the headers, then fails reading the body.
    /// </summary>
    public static SimulatorFault TruncatedBody() => new(SimulatorFaultKind.TruncatedBody, "truncated body");

    /// <summary>Drops the connection without answering.</summary>
    public static SimulatorFault ResetConnection() => new(SimulatorFaultKind.ResetConnection, "connection reset");

    /// <summary>Answers exactly this instead of handling the request.</summary>
    /// <param name="statusCode">The status code (100–599).</param>
    /// <param name="contentType">The content type, or <see langword="null"/> for none.</param>
    /// <param name="body">The body (UTF-8).</param>
    /// <param name="headers">Extra headers, e.g. <c>Retry-After</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is outside 100–599.</exception>
    public static SimulatorFault Respond(int statusCode, string? contentType, string body, IReadOnlyDictionary<string, string>? headers = null)
        => new(SimulatorFaultKind.Respond, "respond " + statusCode)
        {
            StatusCode = statusCode is >= 100 and <= 599 ? statusCode : throw new ArgumentOutOfRangeException(nameof(statusCode), "An HTTP status is 100–599."),
            ContentType = contentType,
            Body = Encoding.UTF8.GetBytes(body ?? string.Empty),
            Headers = headers ?? new Dictionary<string, string>(),
        };

    /// <summary>A 200 with Atlas's content type whose JSON breaks off in the middle.</summary>
    public static SimulatorFault MalformedJson()
        => Respond(200, "application/vnd.atlas.2024-11-13+json", "{\"id\":\"32b6e34b3d91647abb20e7b8\",\"status\":");

    /// <summary>An HTML error page, as a proxy or load balancer in front of Atlas would send.</summary>
    public static SimulatorFault HtmlErrorPage(int statusCode = 502)
        => Respond(statusCode, "text/html", "<html><head><title>" + statusCode + " Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");

    /// <inheritdoc />
    public override string ToString() => "SimulatorFault(" + Description + ")";

    private static TimeSpan NotNegative(TimeSpan value, string name)
        => value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, "The duration must not be negative.");
}

/// <summary>What a <see cref="SimulatorFault"/> does.</summary>
public enum SimulatorFaultKind
{
    /// <summary>Waits, then answers normally.</summary>
    Delay,

    /// <summary>Answers normally with a pause in the middle of the body.</summary>
    SlowBody,

    /// <summary>Answers normally but cuts the body in half and drops the connection.</summary>
    TruncatedBody,

    /// <summary>Drops the connection without answering.</summary>
    ResetConnection,

    /// <summary>Answers a fixed status, content type and body.</summary>
    Respond,
}

/// <summary>The faults waiting to be injected, each for the requests whose path contains a given text.</summary>
public sealed class SimulatorFaults
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = new();

    /// <summary>Injects <paramref name="fault"/> into the next <paramref name="times"/> matching requests.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="pathContains">Only requests whose path contains this text (ordinal); every request when <see langword="null"/>.</param>
    /// <param name="times">How many requests it applies to; <see cref="int.MaxValue"/> for all of them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is below 1.</exception>
    public void Add(SimulatorFault fault, string? pathContains = null, int times = 1)
    {
        if (fault is null)
        {
            throw new ArgumentNullException(nameof(fault));
        }

        if (times < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(times), "A fault applies to at least one request.");
        }

        lock (_gate)
        {
            _entries.Add(new Entry(fault, pathContains, times));
        }
    }

    /// <summary>Removes every pending fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>The first pending fault for <paramref name="path"/>, consuming one of its uses.</summary>
    internal SimulatorFault? Take(string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                if (entry.PathContains is not null && !path.Contains(entry.PathContains, StringComparison.Ordinal))
                {
                    continue;
                }

                if (entry.Remaining != int.MaxValue && --entry.Remaining == 0)
                {
                    _entries.RemoveAt(i);
                }

                return entry.Fault;
            }

            return null;
        }
    }

    private sealed class Entry
    {
        public Entry(SimulatorFault fault, string? pathContains, int remaining)
        {
            Fault = fault;
            PathContains = pathContains;
            Remaining = remaining;
        }

        public SimulatorFault Fault { get; }

        public string? PathContains { get; }

        public int Remaining { get; set; }
    }
}
