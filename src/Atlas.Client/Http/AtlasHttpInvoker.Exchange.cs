using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

// The one place a call meets the network: every entry point (plain result, nullable result, Task, AtlasResponse,
// AtlasResponse<T>, each page of a walk) sends and reads through ExchangeAsync, so a body that breaks, stalls, overflows
// or is not JSON ends the same documented way whatever the method's shape.
public sealed partial class AtlasHttpInvoker
{
    /// <summary>
    /// Sends with <see cref="HttpCompletionOption.ResponseHeadersRead"/>, reports deprecation headers, reads what the
    /// caller needs of the body (the <see cref="AtlasApiException"/> of a non-success answer or of an error inside an
    /// envelope, else the value when <paramref name="typeInfo"/> is given) and hands that to <paramref name="ending"/>,
    /// which decides what the call returns or throws. The rest of <see cref="HttpClient.Timeout"/> and
    /// <see cref="AtlasClientOptions.MaxResponseBodyBytes"/> govern the body. Request and response are disposed here.
    /// </summary>
    /// <remarks>
    /// One async method for the whole call, so a call costs one state machine and one Task however it completes: the
    /// entry points differ only in their <typeparamref name="TEnding"/>, a struct whose <c>End</c> the JIT calls directly.
    /// </remarks>
    /// <exception cref="JsonException">A success body is not the JSON of <typeparamref name="T"/>; names the operation, status and content type.</exception>
    /// <exception cref="HttpRequestException">The connection failed (while sending or while the body was read), or the body is over the size limit.</exception>
    /// <exception cref="TaskCanceledException">HttpClient.Timeout elapsed (its inner exception is a <see cref="TimeoutException"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; the exception carries it.</exception>
    private async Task<TResult> ExchangeAsync<T, TResult, TEnding>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T>? typeInfo, bool envelope, TEnding ending, CancellationToken cancellationToken)
        where TEnding : struct, IAnswerEnding<T, TResult>
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (operation is null)
        {
            request.Dispose();
            throw new ArgumentNullException(nameof(operation));
        }

        var startedAt = ResponseDeadline.StartClock();
        HttpResponseMessage response;
        using (request)
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }

        Answer<T> answer;
        try
        {
            DeprecationReporter.Observe(response, operation, _options);
            using var deadline = ResponseDeadline.AfterHeaders(_httpClient.Timeout, startedAt, cancellationToken);
            try
            {
                if (!response.IsSuccessStatusCode)
                {
                    var failure = await deadline.Watch(AtlasErrorReader.CreateExceptionAsync(response, operation, deadline.Token)).ConfigureAwait(false);
                    answer = new Answer<T>(response, failure, default, hasValue: false);
                }
                else if (typeInfo is null || response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.ResetContent || response.Content is null)
                {
                    answer = new Answer<T>(response, failure: null, default, hasValue: false);
                }
                else
                {
#if NET5_0_OR_GREATER
                    var body = await deadline.Watch(response.Content.ReadAsStreamAsync(deadline.Token)).ConfigureAwait(false);
#else
                    var body = await deadline.Watch(response.Content.ReadAsStreamAsync()).ConfigureAwait(false);
#endif
                    // Disposed through 'stream' (the same stream, or a wrapper that disposes it), and by the response's
                    // content in any case, which disposes the stream it handed out.
                    var length = BodyLength(response.Content, body);
                    if (length == 0)
                    {
                        body.Dispose();
                        answer = new Answer<T>(response, failure: null, default, hasValue: false);
                    }
                    else
                    {
                        using var stream = BoundedResponseStream.Wrap(body, length, _options.MaxResponseBodyBytes);
                        var value = envelope
                            ? await deadline.Watch(AtlasEnvelopeReader.ReadAsync(stream, typeInfo, operation, deadline.Token)).ConfigureAwait(false)
                            : await deadline.Watch(JsonSerializer.DeserializeAsync(stream, typeInfo, deadline.Token)).ConfigureAwait(false);
                        answer = new Answer<T>(response, failure: null, value, hasValue: true);
                    }
                }
            }
            catch (AtlasApiException enveloped) when (envelope)
            {
                // Only the envelope reader throws this here: Atlas reported an error inside a 200.
                answer = new Answer<T>(response, enveloped, default, hasValue: false);
            }
            catch (OperationCanceledException canceled) when (deadline.Caused(canceled))
            {
                throw deadline.Translate(canceled, operation);
            }
            catch (JsonException invalid)
            {
                throw AtlasResponseFailures.InvalidJson(operation, response, typeInfo?.Type ?? typeof(T), invalid);
            }
            catch (IOException broken)
            {
                throw AtlasResponseFailures.BodyBroken(operation, response, broken);
            }
            catch (ResponseTooLargeException tooLarge)
            {
                throw AtlasResponseFailures.TooLarge(operation, response, tooLarge);
            }
        }
        catch
        {
            response.Dispose();
            throw;
        }

        // Outside the translations above: what the ending throws (the answer's own error, "no body") goes out as it is.
        using (response)
        {
            return ending.End(answer, operation, typeInfo);
        }
    }

    /// <summary>
    /// How many bytes the body has, when that is known without reading it: what is left of a seekable stream (a body
    /// already in memory), else the declared <c>Content-Length</c> (which HttpClient's own handler has already parsed
    /// to frame the body). Asking the stream first spares computing a length for in-memory content, which
    /// <c>ContentLength</c> would do and store as a header on every call.
    /// </summary>
    private static long? BodyLength(HttpContent content, Stream body)
    {
        if (body.CanSeek)
        {
            try
            {
                return body.Length - body.Position;
            }
            catch (NotSupportedException)
            {
                // A stream that says it can seek but cannot tell its length: ask the headers.
            }
        }

        return content.Headers.ContentLength;
    }

    /// <summary>What an entry point makes of an answer: its result, or the exception it throws.</summary>
    private interface IAnswerEnding<T, TResult>
    {
        /// <summary>Called once per call, before the response is disposed.</summary>
        TResult End(in Answer<T> answer, AtlasOperation operation, JsonTypeInfo<T>? typeInfo);
    }

    /// <summary>
    /// What came back for one call: the response (status and headers; its body already read) and either the error of a
    /// non-success answer, the value, or neither (no body, or none wanted).
    /// </summary>
    private readonly struct Answer<T>
    {
        public Answer(HttpResponseMessage response, AtlasApiException? failure, T? value, bool hasValue)
        {
            Response = response;
            Failure = failure;
            Value = value;
            HasValue = hasValue;
        }

        public HttpResponseMessage Response { get; }

        public AtlasApiException? Failure { get; }

        public T? Value { get; }

        public bool HasValue { get; }
    }
}
