using System;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

// The calls declared as Task<AtlasResponse> / Task<AtlasResponse<T>>: every answer Atlas gave a status to becomes a
// response object, errors included. A success body that cannot be read still throws (see AtlasResponse): a response
// that said "200, no value" would look like an empty answer and hide the failure.
public sealed partial class AtlasHttpInvoker
{
    /// <summary>
    /// Sends a request and hands back status, headers and, on success, the body read as <typeparamref name="T"/>; a
    /// 4xx/5xx answer (or an error inside an envelope) becomes a response with its parsed error, not an exception, even
    /// when the error body breaks off.
    /// </summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="envelope">Whether the caller asked Atlas for <c>{"status": …, "content": …}</c>.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public Task<AtlasResponse<T>> SendForResponseAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T> typeInfo, bool envelope, CancellationToken cancellationToken)
    {
        if (typeInfo is null)
        {
            request?.Dispose();
            throw new ArgumentNullException(nameof(typeInfo));
        }

        return ExchangeAsync<T, AtlasResponse<T>, ResponseEnding<T>>(request, operation, typeInfo, envelope, default, cancellationToken);
    }

    /// <summary>
    /// Sends a request whose body the caller does not want and hands back status and headers; a 4xx/5xx answer becomes a
    /// response with its parsed error, not an exception.
    /// </summary>
    /// <param name="request">The request, disposed when the call ends.</param>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public Task<AtlasResponse> SendForResponseAsync(HttpRequestMessage request, AtlasOperation operation, CancellationToken cancellationToken)
        => ExchangeAsync<object, AtlasResponse, BareResponseEnding>(request, operation, typeInfo: null, envelope: false, default, cancellationToken);

    /// <summary>Status, headers, the parsed error or the value, whatever the status.</summary>
    private readonly struct ResponseEnding<T> : IAnswerEnding<T, AtlasResponse<T>>
    {
        public AtlasResponse<T> End(in Answer<T> answer, AtlasOperation operation, JsonTypeInfo<T>? typeInfo)
            => new(answer.Response, answer.Failure, answer.Value, answer.HasValue);
    }

    /// <summary>Status, headers and the parsed error, whatever the status.</summary>
    private readonly struct BareResponseEnding : IAnswerEnding<object, AtlasResponse>
    {
        public AtlasResponse End(in Answer<object> answer, AtlasOperation operation, JsonTypeInfo<object>? typeInfo)
            => new(answer.Response, answer.Failure);
    }
}
