using System;
using System.Diagnostics;
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
    /// Sends with <see cref="HttpCompletionOption.ResponseHeadersRead"/>, reports deprecation headers and reads what the
    /// caller needs of the body: the <see cref="AtlasApiException"/> of a non-success answer (or of an error inside an
    /// envelope), else the value when <paramref name="typeInfo"/> is given. The rest of <see cref="HttpClient.Timeout"/>
    /// and <see cref="AtlasClientOptions.MaxResponseBodyBytes"/> govern the body. The request is disposed here; the
    /// caller disposes the answer's response.
    /// </summary>
    /// <exception cref="JsonException">A success body is not the JSON of <typeparamref name="T"/>; names the operation, status and content type.</exception>
    /// <exception cref="HttpRequestException">The connection failed (while sending or while the body was read), or the body is over the size limit.</exception>
    /// <exception cref="TaskCanceledException">HttpClient.Timeout elapsed (its inner exception is a <see cref="TimeoutException"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; the exception carries it.</exception>
    private async Task<Answer<T>> ExchangeAsync<T>(
        HttpRequestMessage request, AtlasOperation operation, JsonTypeInfo<T>? typeInfo, bool envelope, CancellationToken cancellationToken)
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

        var startedAt = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        using (request)
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            DeprecationReporter.Observe(response, operation, _options);
            using var deadline = ResponseDeadline.AfterHeaders(_httpClient.Timeout, startedAt, cancellationToken);
            try
            {
                if (!response.IsSuccessStatusCode)
                {
                    var failure = await AtlasErrorReader.CreateExceptionAsync(response, operation, deadline.Token).ConfigureAwait(false);
                    return new Answer<T>(response, failure, default, hasValue: false);
                }

                if (typeInfo is null || HasNoBody(response))
                {
                    return new Answer<T>(response, failure: null, default, hasValue: false);
                }

#if NET5_0_OR_GREATER
                var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
#else
                var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
                using (body)
                using (var stream = BoundedResponseStream.Wrap(body, response.Content.Headers.ContentLength, _options.MaxResponseBodyBytes))
                {
                    var value = envelope
                        ? await AtlasEnvelopeReader.ReadAsync(stream, typeInfo, operation, deadline.Token).ConfigureAwait(false)
                        : await JsonSerializer.DeserializeAsync(stream, typeInfo, deadline.Token).ConfigureAwait(false);
                    return new Answer<T>(response, failure: null, value, hasValue: true);
                }
            }
            catch (AtlasApiException enveloped) when (envelope)
            {
                // Only the envelope reader throws this here: Atlas reported an error inside a 200.
                return new Answer<T>(response, enveloped, default, hasValue: false);
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
    }

    /// <summary>Whether a success answer has no body to read: 204/205, or a declared length of zero.</summary>
    private static bool HasNoBody(HttpResponseMessage response)
        => response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.ResetContent
            || response.Content is null
            || response.Content.Headers.ContentLength == 0;

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
