using System;
using System.ComponentModel;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

/// <summary>
/// The request pipeline a generated client calls: sends with <see cref="HttpCompletionOption.ResponseHeadersRead"/>,
/// reports deprecation signals, turns non-success answers into <see cref="AtlasApiException"/>, unwraps envelopes and
/// deserializes straight from the response stream with source-generated <see cref="JsonTypeInfo{T}"/> metadata.
/// One per client instance.
/// </summary>
/// <remarks>
/// <para>Infrastructure for generated clients; not meant to be used directly.</para>
/// <para>
/// Every entry point (this file: plain, nullable and <c>Task</c> results; <c>.Responses.cs</c>: AtlasResponse;
/// <c>.Paging.cs</c>: page walks, one plain call per page) goes through <c>ExchangeAsync</c> in <c>.Exchange.cs</c>, so a
/// body that is not JSON, breaks, stalls past <see cref="HttpClient.Timeout"/> or exceeds
/// <see cref="AtlasClientOptions.MaxResponseBodyBytes"/> ends the same documented way whatever the method returns:
/// a <see cref="JsonException"/> or <see cref="HttpRequestException"/> naming the operation and the status, a
/// <see cref="TaskCanceledException"/> around a <see cref="TimeoutException"/>, or an
/// <see cref="OperationCanceledException"/> carrying the caller's token.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class AtlasHttpInvoker
{
    private readonly HttpClient _httpClient;
    private readonly AtlasClientOptions _options;
    private BaseAddressPrefix? _basePrefix;

    /// <summary>Creates the pipeline of one client.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public AtlasHttpInvoker(HttpClient httpClient, AtlasClientOptions options)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The options this client was created with.</summary>
    public AtlasClientOptions Options => _options;

    /// <summary>
    /// The base address every path is appended to, without its trailing slash: the <see cref="HttpClient.BaseAddress"/>,
    /// else <see cref="AtlasClientOptions.BaseAddress"/>, else <see cref="AtlasClientOptions.DefaultBaseAddress"/>.
    /// A path prefix (<c>https://proxy.example/atlas/</c>) is kept, with or without its trailing slash.
    /// </summary>
    public string ResolveBaseAddressPrefix()
    {
        var current = _httpClient.BaseAddress ?? _options.BaseAddress ?? AtlasClientOptions.DefaultBaseAddress;
        var cached = _basePrefix;
        if (cached is not null && ReferenceEquals(cached.Source, current))
        {
            return cached.Prefix;
        }

        // HttpClient.BaseAddress can be set after this client was created (until its first request), so the prefix
        // is recomputed whenever the Uri instance changes and cached otherwise.
        cached = new BaseAddressPrefix(current, BaseAddressPrefix.Compute(current));
        _basePrefix = cached;
        return cached.Prefix;
    }

    /// <summary>
    /// Sends a request whose answer has a body of type <typeparamref name="T"/> (any 2xx: 200, 201, 202…); a JSON
    /// <c>null</c> body, a 204 or an empty body is a <see cref="JsonException"/> that says to declare <c>T?</c>.
    /// </summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="envelope">Whether the caller asked Atlas for <c>{"status": …, "content": …}</c>.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public Task<T> SendAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, CancellationToken cancellationToken)
        => SendCoreAsync(request, operation, typeInfo, envelope, allowNull: false, cancellationToken);

    /// <summary>
    /// Sends a request whose answer has a body of type <typeparamref name="T"/> (any 2xx); a JSON <c>null</c> body, a 204
    /// or an empty body gives <see langword="null"/>.
    /// </summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="envelope">Whether the caller asked Atlas for <c>{"status": …, "content": …}</c>.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public Task<T?> SendNullableAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, CancellationToken cancellationToken)
        => SendCoreAsync<T?>(request, operation, typeInfo!, envelope, allowNull: true, cancellationToken);

    /// <summary>Sends a request whose answer carries no body the caller wants (a <c>Task</c>-returning method); any 2xx is success.</summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public Task SendAsync(HttpRequestMessage request, AtlasOperation operation, CancellationToken cancellationToken)
        => ExchangeAsync<object, object?, NoValueEnding>(request, operation, typeInfo: null, envelope: false, default, cancellationToken);

    // The entry points only decide what an answer becomes; ExchangeAsync (AtlasHttpInvoker.Exchange.cs) sends, reads and
    // turns every failure of the body into its documented exception.
    private Task<T> SendCoreAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, bool allowNull, CancellationToken cancellationToken)
    {
        if (typeInfo is null)
        {
            request?.Dispose();
            throw new ArgumentNullException(nameof(typeInfo));
        }

        return ExchangeAsync<T, T, ValueEnding<T>>(request, operation, typeInfo, envelope, new ValueEnding<T>(allowNull), cancellationToken);
    }

    /// <summary>A plain or nullable result: the answer's error is thrown; no body or JSON <c>null</c> is only fine when nullable.</summary>
    private readonly struct ValueEnding<T> : IAnswerEnding<T, T>
    {
        private readonly bool _allowNull;

        public ValueEnding(bool allowNull) => _allowNull = allowNull;

        public T End(in Answer<T> answer, AtlasOperation operation, JsonTypeInfo<T>? typeInfo)
        {
            if (answer.Failure is not null)
            {
                throw answer.Failure;
            }

            if (!answer.HasValue)
            {
                // 204 No Content (or an empty 200/201/202): a nullable result says "nothing", a non-nullable one cannot.
                return _allowNull ? default! : throw AtlasResponseFailures.NoBody(operation, answer.Response, typeInfo!.Type);
            }

            if (answer.Value is null && !_allowNull)
            {
                throw AtlasResponseFailures.NullBody(operation, answer.Response, typeInfo!.Type);
            }

            return answer.Value!;
        }
    }

    /// <summary>A <c>Task</c> result: any 2xx is success, the answer's error is thrown.</summary>
    private readonly struct NoValueEnding : IAnswerEnding<object, object?>
    {
        public object? End(in Answer<object> answer, AtlasOperation operation, JsonTypeInfo<object>? typeInfo)
            => answer.Failure is null ? null : throw answer.Failure;
    }

    /// <summary>A base address and the prefix string computed from it, swapped as one reference so readers never see a torn pair.</summary>
    private sealed class BaseAddressPrefix
    {
        public BaseAddressPrefix(Uri source, string prefix)
        {
            Source = source;
            Prefix = prefix;
        }

        public Uri Source { get; }

        public string Prefix { get; }

        public static string Compute(Uri baseAddress)
        {
            if (!baseAddress.IsAbsoluteUri)
            {
                throw new InvalidOperationException($"The base address '{baseAddress}' is relative; Atlas clients need an absolute http or https address.");
            }

            // Scheme, authority and path only: a query or fragment on a base address has no meaning for an API path.
            var left = baseAddress.GetLeftPart(UriPartial.Path);
            return left.EndsWith("/", StringComparison.Ordinal) ? left.Substring(0, left.Length - 1) : left;
        }
    }
}
