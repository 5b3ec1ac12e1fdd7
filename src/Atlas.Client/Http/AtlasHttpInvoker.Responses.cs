using System;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

// The calls declared as Task<AtlasResponse> / Task<AtlasResponse<T>>: every answer becomes a response object, errors included.
public sealed partial class AtlasHttpInvoker
{
    /// <summary>
    /// Sends a request and hands back status, headers and, on success, the body read as <typeparamref name="T"/>; a
    /// 4xx/5xx answer (or an error inside an envelope) becomes a response with its parsed error, not an exception.
    /// </summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="envelope">Whether the caller asked Atlas for <c>{"status": …, "content": …}</c>.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public async Task<AtlasResponse<T>> SendForResponseAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, CancellationToken cancellationToken)
    {
        if (typeInfo is null)
        {
            request?.Dispose();
            throw new ArgumentNullException(nameof(typeInfo));
        }

        using (var response = await SendAndObserveAsync(request, operation, cancellationToken).ConfigureAwait(false))
        {
            if (!response.IsSuccessStatusCode)
            {
                var failure = await AtlasErrorReader.CreateExceptionAsync(response, operation, cancellationToken).ConfigureAwait(false);
                return new AtlasResponse<T>(response, failure, default, hasValue: false);
            }

            if (HasNoBody(response))
            {
                return new AtlasResponse<T>(response, failure: null, default, hasValue: false);
            }

            try
            {
                var value = await ReadValueAsync(response, typeInfo, envelope, operation, cancellationToken).ConfigureAwait(false);
                return new AtlasResponse<T>(response, failure: null, value, hasValue: true);
            }
            catch (AtlasApiException enveloped) when (envelope)
            {
                // Only the envelope reader throws this here: Atlas reported an error inside a 200.
                return new AtlasResponse<T>(response, enveloped, default, hasValue: false);
            }
        }
    }

    /// <summary>
    /// Sends a request whose body the caller does not want and hands back status and headers; a 4xx/5xx answer becomes a
    /// response with its parsed error, not an exception.
    /// </summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public async Task<AtlasResponse> SendForResponseAsync(HttpRequestMessage request, AtlasOperation operation, CancellationToken cancellationToken)
    {
        using (var response = await SendAndObserveAsync(request, operation, cancellationToken).ConfigureAwait(false))
        {
            var failure = response.IsSuccessStatusCode
                ? null
                : await AtlasErrorReader.CreateExceptionAsync(response, operation, cancellationToken).ConfigureAwait(false);
            return new AtlasResponse(response, failure);
        }
    }
}
