using System;
using System.Net.Http.Headers;

namespace Atlas.Client.Http;

/// <summary>
/// Reads <c>Retry-After</c>, which Atlas sends with 429 and 503 as a number of seconds (RFC 9110 also allows an
/// HTTP-date, which proxies use). One reading for <see cref="AtlasResponse.RetryAfter"/> and
/// <see cref="AtlasApiException.RetryAfter"/>, so the two never disagree.
/// </summary>
internal static class RetryAfterHeader
{
    /// <summary>How long to wait, or <see langword="null"/> when the header is absent or unreadable; a date in the past is zero.</summary>
    public static TimeSpan? Read(HttpResponseHeaders headers)
    {
        RetryConditionHeaderValue? value;
        try
        {
            value = headers.RetryAfter;
        }
        catch (FormatException)
        {
            // A header the parser rejects says nothing usable; the answer's status still tells the caller what happened.
            return null;
        }

        if (value?.Delta is { } delta)
        {
            return delta;
        }

        if (value?.Date is { } date)
        {
            var left = date - DateTimeOffset.UtcNow;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }

        return null;
    }
}
