using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Testing;

/// <summary>The requests received, oldest first, bounded by <see cref="AtlasSimulatorOptions.RequestLogCapacity"/>.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<SimulatorRequest> _entries = new();
    private readonly AtlasSimulatorOptions _options;
    private int _count;

    public RequestLog(AtlasSimulatorOptions options) => _options = options;

    public IReadOnlyList<SimulatorRequest> Snapshot() => _entries.ToArray();

    public void Clear()
    {
        while (_entries.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    public void Add(SimulatorRequest entry)
    {
        _entries.Enqueue(entry);
        if (Interlocked.Increment(ref _count) > _options.RequestLogCapacity && _entries.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    /// <summary>The headers of a request with every <c>Authorization</c> value cut to its scheme.</summary>
    public static IReadOnlyDictionary<string, string> SafeHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            var value = header.Value.ToString();
            if (string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                var space = value.IndexOf(' ');
                value = (space > 0 ? value.Substring(0, space) : "(no scheme)") + " [redacted]";
            }

            copy[header.Key] = value;
        }

        return copy;
    }
}
