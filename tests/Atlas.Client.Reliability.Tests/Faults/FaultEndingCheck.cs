using System.Net;
using System.Text.Json;
using Xunit;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>Whether an exception (or its absence) is the ending a fault case must have, and nothing worse on the way.</summary>
internal static class FaultEndingCheck
{
    private const string Operation = "IFlexProbe.";

    /// <summary>Exception types that mean a bug in our code whatever the fault, anywhere in the inner chain.</summary>
    private static readonly Type[] Bugs =
    [
        typeof(NullReferenceException), typeof(InvalidCastException), typeof(IndexOutOfRangeException), typeof(ArgumentOutOfRangeException),
        typeof(ObjectDisposedException), typeof(NotImplementedException), typeof(KeyNotFoundException), typeof(FormatException),
    ];

    /// <summary>Stalls last ten seconds: a timeout or cancellation that came much later than asked was not honoured.</summary>
    private static readonly TimeSpan Honoured = TimeSpan.FromSeconds(5);

    public static IEnumerable<string> Check(FaultCase fault, Exception? error, object? result, TimeSpan elapsed, CancellationToken callerToken)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (Bugs.Contains(current.GetType()))
            {
                yield return $"a {current.GetType().Name} escaped: {error}";
                yield break;
            }
        }

        var problem = fault.Ending switch
        {
            FaultEnding.Success => error is null ? null : "expected success",
            FaultEnding.Answered => Answered(fault, error, result),
            FaultEnding.Api => ApiError(fault, error),
            FaultEnding.Authentication => Authentication(fault, error),
            FaultEnding.InvalidJson => InvalidJson(fault, error),
            FaultEnding.Transport => Transport(fault, error),
            FaultEnding.TimedOut => error is TaskCanceledException { InnerException: TimeoutException } ? Late(elapsed) : "expected a TaskCanceledException around a TimeoutException",
            FaultEnding.Canceled => error is OperationCanceledException canceled
                ? canceled.CancellationToken == callerToken ? Late(elapsed) : "the OperationCanceledException does not carry the caller's token"
                : "expected an OperationCanceledException",
            _ => "unknown ending",
        };
        if (problem is not null)
        {
            yield return $"{problem}; got {(error is null ? "no exception" : error.ToString())}";
        }
    }

    /// <summary>An AtlasAuthenticationException; with the status and Atlas's error code when the case names them.</summary>
    private static string? Authentication(FaultCase fault, Exception? error)
        => error is not AtlasAuthenticationException authentication ? "expected an AtlasAuthenticationException"
            : fault.Status is { } status && (int)authentication.StatusCode != status ? $"expected status {status}, got {(int)authentication.StatusCode}"
            : fault.ErrorCode is { } code && authentication.ErrorCode != code ? $"expected error code {code}, got {authentication.ErrorCode ?? "(none)"}"
            : null;

    private static string? ApiError(FaultCase fault, Exception? error)
    {
        if (error is not AtlasApiException api || error is AtlasAuthenticationException)
        {
            return "expected an AtlasApiException";
        }

        if ((int)api.StatusCode != fault.Status)
        {
            return $"expected status {fault.Status}, got {(int)api.StatusCode}";
        }

        if (api.ErrorCode != fault.ErrorCode)
        {
            return $"expected error code {fault.ErrorCode ?? "(none)"}, got {api.ErrorCode ?? "(none)"}";
        }

        return Names(api.Message, fault.Status);
    }

    private static string? Answered(FaultCase fault, Exception? error, object? result)
    {
        if (error is not null || result is not AtlasResponse<FlexBackupSnapshot> response)
        {
            return "expected an AtlasResponse, not an exception";
        }

        if ((int)response.StatusCode != fault.Status)
        {
            return $"expected status {fault.Status}, got {(int)response.StatusCode}";
        }

        if (response.Error?.ErrorCode != fault.ErrorCode)
        {
            return $"expected error code {fault.ErrorCode ?? "(none)"}, got {response.Error?.ErrorCode ?? "(none)"}";
        }

        if (response.IsSuccessStatusCode)
        {
            return response.ErrorMessage is not null ? "a success carries an error message"
                : response.HasValue != fault.HasValue ? $"expected HasValue {fault.HasValue}, got {response.HasValue}"
                : null;
        }

        // What EnsureSuccessStatusCode throws is what the plain call would have thrown.
        var thrown = Record.Exception(response.EnsureSuccessStatusCode);
        return response.HasValue ? "a failure carries a value"
            : thrown is not AtlasApiException api || (int)api.StatusCode != fault.Status ? $"EnsureSuccessStatusCode threw {thrown?.GetType().Name ?? "nothing"}"
            : Names(response.ErrorMessage ?? string.Empty, fault.Status);
    }

    private static string? InvalidJson(FaultCase fault, Exception? error)
        => error is JsonException json ? Names(json.Message, fault.Status) : "expected a JsonException with context";

    private static string? Transport(FaultCase fault, Exception? error)
    {
        if (error is not HttpRequestException http || error is AtlasApiException)
        {
            return "expected an HttpRequestException (not an AtlasApiException)";
        }

        if (http.InnerException is null)
        {
            return "the HttpRequestException has no inner exception";
        }

        // A failure after the headers knows the operation and the status; one before them is HttpClient's own.
        return fault.Status is null ? null : Names(http.Message, fault.Status);
    }

    private static string? Names(string message, int? status)
        => !message.Contains(Operation, StringComparison.Ordinal) ? $"the message does not name the operation: {message}"
            : status is { } code && !message.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) ? $"the message does not name the status {code}: {message}"
            : null;

    private static string? Late(TimeSpan elapsed) => elapsed < Honoured ? null : $"it took {elapsed.TotalSeconds:N1} s to end";
}
