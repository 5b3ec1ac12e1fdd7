using System;
using System.Net.Http;

namespace Atlas.Client;

/// <summary>Ready-made <see cref="HttpClient"/>s for Atlas, without writing a handler.</summary>
public static class AtlasHttp
{
    /// <summary>
    /// Creates an <see cref="HttpClient"/> that authenticates every request with <paramref name="credentials"/>.
    /// Disposing it disposes its handlers, including <paramref name="innerHandler"/>. For <c>IHttpClientFactory</c>,
    /// register <c>AddHttpMessageHandler(() =&gt; credentials.CreateHandler())</c> instead.
    /// </summary>
    /// <param name="credentials">An API key pair or a service account.</param>
    /// <param name="baseAddress">Where requests go; <see cref="AtlasClientOptions.DefaultBaseAddress"/> when <see langword="null"/>.</param>
    /// <param name="innerHandler">The transport; a new pooled handler when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="credentials"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="baseAddress"/> is not absolute.</exception>
    public static HttpClient Create(AtlasCredentials credentials, Uri? baseAddress = null, HttpMessageHandler? innerHandler = null)
    {
        if (credentials is null)
        {
            throw new ArgumentNullException(nameof(credentials));
        }

        if (baseAddress is not null && !baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("The base address must be an absolute URI, e.g. https://cloud.mongodb.com/.", nameof(baseAddress));
        }

        var handler = credentials.CreateHandler();
        handler.InnerHandler = innerHandler ?? CreateTransport();
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress ?? AtlasClientOptions.DefaultBaseAddress };
    }

    private static HttpMessageHandler CreateTransport()
#if NET5_0_OR_GREATER
        // Recycled connections pick up DNS changes of cloud.mongodb.com; a long-lived client is otherwise pinned to one address.
        => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
#else
        => new HttpClientHandler();
#endif
}
