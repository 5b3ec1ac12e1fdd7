using System;
using System.Collections.Concurrent;
using Atlas.Client.Http;
using Microsoft.Extensions.Logging;

namespace Atlas.Client;

/// <summary>Options shared by every generated client.</summary>
public sealed class AtlasClientOptions
{
    private Uri? _baseAddress;
    private long _maxResponseBodyBytes = DefaultMaxResponseBodyBytes;
    private ConcurrentDictionary<AtlasOperation, bool>? _warnedOperations;

    /// <summary>The Atlas address used when the <c>HttpClient</c> has no <c>BaseAddress</c>.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://cloud.mongodb.com/");

    /// <summary>
    /// Where requests go when the <c>HttpClient</c> has no <c>BaseAddress</c>; defaults to <see cref="DefaultBaseAddress"/>.
    /// A path prefix is kept (<c>https://gateway.example/atlas</c> sends <c>/atlas/api/atlas/v2/…</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The address is not an absolute <c>http</c> or <c>https</c> address.</exception>
    public Uri? BaseAddress
    {
        get => _baseAddress;
        set
        {
            if (value is not null && (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps)))
            {
                throw new ArgumentException($"BaseAddress must be an absolute http or https address; '{value}' is not.", nameof(value));
            }

            _baseAddress = value;
        }
    }

    /// <summary>
    /// Called for every answer that carries Atlas's <c>Deprecation</c> or <c>Sunset</c> header, before the result is
    /// returned. An exception thrown here fails the call.
    /// </summary>
    public Action<AtlasDeprecationNotice>? OnDeprecation { get; set; }

    /// <summary>
    /// Where the clients log. Today: one warning per operation (per options instance) the first time Atlas marks it
    /// deprecated. Never receives credentials.
    /// </summary>
    public ILogger? Logger { get; set; }

    /// <summary>The default <see cref="MaxResponseBodyBytes"/>: 16 MiB, far above any Atlas answer (a page of 500 items is well under 1 MiB).</summary>
    public const long DefaultMaxResponseBodyBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The largest successful response body a client reads, in bytes; <see cref="DefaultMaxResponseBodyBytes"/> unless set.
    /// A larger body (announced by <c>Content-Length</c> or found while streaming) ends the call with an
    /// <see cref="System.Net.Http.HttpRequestException"/> instead of being buffered: the JSON reader must hold a whole
    /// token in memory, so without a bound a misbehaving server or proxy could make one call allocate gigabytes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxResponseBodyBytes
    {
        get => _maxResponseBodyBytes;
        set => _maxResponseBodyBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "MaxResponseBodyBytes must be positive.");
    }

    /// <summary>A copy of these options that logs to <paramref name="logger"/>.</summary>
    internal AtlasClientOptions WithLogger(ILogger logger)
        => new() { _baseAddress = _baseAddress, _maxResponseBodyBytes = _maxResponseBodyBytes, OnDeprecation = OnDeprecation, Logger = logger };

    /// <summary>True the first time an operation is reported deprecated through these options, false afterwards.</summary>
    internal bool FirstDeprecationOf(AtlasOperation operation)
    {
        var warned = _warnedOperations;
        if (warned is null)
        {
            warned = new ConcurrentDictionary<AtlasOperation, bool>();
            warned = System.Threading.Interlocked.CompareExchange(ref _warnedOperations, warned, null) ?? warned;
        }

        return warned.TryAdd(operation, true);
    }
}
