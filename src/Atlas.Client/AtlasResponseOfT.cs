using System;
using System.Net.Http;

namespace Atlas.Client;

/// <summary>
/// Atlas's answer to a call declared as <c>Task&lt;AtlasResponse&lt;T&gt;&gt;</c>: status, headers, the parsed error of
/// a non-success answer and, on success, the deserialized value. Does not throw for a 4xx or 5xx answer; see
/// <see cref="AtlasResponse"/>.
/// </summary>
/// <typeparam name="T">The type of the answer's body.</typeparam>
public sealed class AtlasResponse<T> : AtlasResponse
{
    internal AtlasResponse(HttpResponseMessage response, AtlasApiException? failure, T? value, bool hasValue)
        : base(response, failure)
    {
        Value = value;
        HasValue = hasValue;
    }

    /// <summary>
    /// The deserialized body of a success answer; <see langword="default"/> when the answer was not a success or had no
    /// body (204 No Content), and <see langword="null"/> when the body was the JSON value <c>null</c>.
    /// </summary>
    public T? Value { get; }

    /// <summary>Whether a success answer's body was read into <see cref="Value"/> (false for an error or an empty body).</summary>
    public bool HasValue { get; }

    /// <summary>The value of a success answer that had one.</summary>
    /// <exception cref="AtlasApiException">The status is not a success.</exception>
    /// <exception cref="InvalidOperationException">The answer was a success without a body (e.g. 204 No Content).</exception>
    public T GetValueOrThrow()
    {
        EnsureSuccessStatusCode();
        if (!HasValue)
        {
            throw new InvalidOperationException($"Atlas answered {(int)StatusCode} {StatusCode} without a body, so there is no {typeof(T).Name} to return.");
        }

        return Value!;
    }
}
