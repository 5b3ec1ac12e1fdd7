using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
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
/// <remarks>Infrastructure for generated clients; not meant to be used directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AtlasHttpInvoker
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

    /// <summary>Sends a request whose answer has a body of type <typeparamref name="T"/>; a JSON <c>null</c> body is an error.</summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="envelope">Whether the caller asked Atlas for <c>{"status": …, "content": …}</c>.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public Task<T> SendAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, CancellationToken cancellationToken)
        => SendCoreAsync(request, operation, typeInfo, envelope, allowNull: false, cancellationToken);

    /// <summary>Sends a request whose answer has a body of type <typeparamref name="T"/>; a JSON <c>null</c> body gives <see langword="null"/>.</summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="envelope">Whether the caller asked Atlas for <c>{"status": …, "content": …}</c>.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public Task<T?> SendNullableAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, CancellationToken cancellationToken)
        => SendCoreAsync<T?>(request, operation, typeInfo!, envelope, allowNull: true, cancellationToken);

    // One async state machine per call: the public entry points only choose how a JSON null is treated.
    private async Task<T> SendCoreAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, bool allowNull, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        if (typeInfo is null)
        {
            throw new ArgumentNullException(nameof(typeInfo));
        }

        var startedAt = Stopwatch.GetTimestamp();
        using (request)
        using (var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        using (var deadline = ResponseDeadline.AfterHeaders(_httpClient.Timeout, startedAt, cancellationToken))
        {
            T? value;
            try
            {
                DeprecationReporter.Observe(response, operation, _options);
                if (!response.IsSuccessStatusCode)
                {
                    throw await AtlasErrorReader.CreateExceptionAsync(response, operation, deadline.Token).ConfigureAwait(false);
                }

#if NET5_0_OR_GREATER
                var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
#else
                var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
                using (body)
                using (var stream = BoundedResponseStream.Wrap(body, response.Content.Headers.ContentLength, _options.MaxResponseBodyBytes))
                {
                    value = envelope
                        ? await AtlasEnvelopeReader.ReadAsync(stream, typeInfo, operation, deadline.Token).ConfigureAwait(false)
                        : await JsonSerializer.DeserializeAsync(stream, typeInfo, deadline.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException canceled) when (deadline.Caused(canceled))
            {
                throw deadline.Translate(canceled, operation);
            }
            catch (JsonException invalid)
            {
                throw AtlasResponseFailures.InvalidJson(operation, response, typeInfo.Type, invalid);
            }
            catch (IOException broken)
            {
                throw AtlasResponseFailures.BodyBroken(operation, response, broken);
            }
            catch (ResponseTooLargeException tooLarge)
            {
                throw AtlasResponseFailures.TooLarge(operation, response, tooLarge);
            }

            if (value is null && !allowNull)
            {
                throw AtlasResponseFailures.NullBody(operation, response, typeInfo.Type);
            }

            return value!;
        }
    }

    /// <summary>Sends a request whose answer carries no body the caller wants (a <c>Task</c>-returning method).</summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public async Task SendAsync(HttpRequestMessage request, AtlasOperation operation, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        var startedAt = Stopwatch.GetTimestamp();
        using (request)
        using (var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        {
            DeprecationReporter.Observe(response, operation, _options);
            if (!response.IsSuccessStatusCode)
            {
                using var deadline = ResponseDeadline.AfterHeaders(_httpClient.Timeout, startedAt, cancellationToken);
                try
                {
                    throw await AtlasErrorReader.CreateExceptionAsync(response, operation, deadline.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException canceled) when (deadline.Caused(canceled))
                {
                    throw deadline.Translate(canceled, operation);
                }
            }
        }
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
