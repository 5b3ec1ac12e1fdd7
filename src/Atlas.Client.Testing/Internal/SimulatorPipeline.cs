using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Atlas.Client.Testing;

/// <summary>
/// The simulator's one request delegate. Order for <c>/api/atlas/</c> requests, as Atlas checks them: authentication
/// (401), rate limit (429), route (404), version in <c>Accept</c> (406), sunset (410, or <c>Deprecation</c>/<c>Sunset</c>
/// headers), query flags (400), then the operation itself.
/// </summary>
internal sealed class SimulatorPipeline
{
    private const string ApiPrefix = "/api/atlas/";

    private readonly AtlasSimulatorOptions _options;
    private readonly SimulatorClock _clock;
    private readonly SimulatorFaults _faults;
    private readonly RequestLog _log;
    private readonly Authenticator _authenticator;
    private readonly OAuthServer _oauth;
    private readonly RateLimiter _rateLimiter;
    private readonly BackupEndpoints _endpoints;

    public SimulatorPipeline(
        AtlasSimulatorOptions options, SimulatorClock clock, SimulatorFaults faults, RequestLog log,
        Authenticator authenticator, OAuthServer oauth, RateLimiter rateLimiter, BackupEndpoints endpoints)
    {
        _options = options;
        _clock = clock;
        _faults = faults;
        _log = log;
        _authenticator = authenticator;
        _oauth = oauth;
        _rateLimiter = rateLimiter;
        _endpoints = endpoints;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.Path + request.QueryString).ToString();
        var receivedAt = _clock.GetUtcNow();
        var headers = RequestLog.SafeHeaders(request.Headers);
        var path = request.Path.Value ?? string.Empty;
        var isOAuth = path is "/api/oauth/token" or "/api/oauth/revoke";
        string? caller = null;
        string? body = null;
        var status = 0;
        string? serverError = null;

        // The request is logged as its answer starts (before the headers leave) or just before a reset: a client that has
        // seen its answer, or lost its connection, must find the request in Requests. Logged once; the finally covers a
        // request cancelled or failed before any answer started.
        var logged = false;
        void Log()
        {
            if (!logged)
            {
                logged = true;
                _log.Add(new SimulatorRequest(request.Method, target, headers, isOAuth ? null : body, status, caller, receivedAt, serverError));
            }
        }

        context.Response.OnStarting(() =>
        {
            status = context.Response.StatusCode;
            Log();
            return Task.CompletedTask;
        });

        try
        {
            var fault = _faults.Take(path);
            if (fault?.Kind == SimulatorFaultKind.Delay)
            {
                await Task.Delay(fault.Duration, context.RequestAborted);
            }

            if (fault?.Kind == SimulatorFaultKind.ResetConnection)
            {
                Log();
                context.Abort();
                return;
            }

            SimulatorAnswer answer;
            if (fault?.Kind == SimulatorFaultKind.Respond)
            {
                answer = SimulatorAnswer.Raw(fault.StatusCode, fault.ContentType, [.. fault.Body]);
                foreach (var header in fault.Headers)
                {
                    answer.WithHeader(header.Key, header.Value);
                }
            }
            else if (isOAuth)
            {
                (answer, caller) = path.EndsWith("/token", StringComparison.Ordinal) ? await _oauth.TokenAsync(context) : await _oauth.RevokeAsync(context);
                caller = answer.StatusCode == 200 ? caller : null; // a refused client is nobody
            }
            else if (path.StartsWith(ApiPrefix, StringComparison.Ordinal))
            {
                if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
                {
                    body = await ReadBodyForLogAsync(request);
                }

                (answer, caller) = await HandleApiAsync(context, target, path);
            }
            else
            {
                answer = SimulatorAnswer.Error(ApiErrors.ResourceNotFound(path), pretty: false);
            }

            status = answer.StatusCode;
            await AnswerWriter.WriteAsync(context, answer, fault);
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            serverError = error.GetType().Name + ": " + error.Message;
            var answer = SimulatorAnswer.Error(ApiErrors.Unexpected(), pretty: false);
            status = answer.StatusCode;
            await AnswerWriter.WriteAsync(context, answer, fault: null);
        }
        finally
        {
            Log();
        }
    }

    private async Task<(SimulatorAnswer Answer, string? Caller)> HandleApiAsync(HttpContext context, string target, string path)
    {
        var prettyError = string.Equals(context.Request.Query["pretty"], "true", StringComparison.OrdinalIgnoreCase);
        var caller = _authenticator.Authenticate(context, target, prettyError, out var refusal);
        if (refusal is not null)
        {
            return (refusal, caller);
        }

        var limit = _options.RateLimit;
        var remaining = 0;
        if (limit is not null && !_rateLimiter.TryTake(caller!, limit, out remaining, out var retryAfter))
        {
            var limited = SimulatorAnswer.Error(ApiErrors.RateLimited(path.TrimStart('/'), limit), prettyError)
                .WithHeader("Retry-After", retryAfter.ToString(CultureInfo.InvariantCulture));
            return (WithRateLimit(limited, limit, 0), caller);
        }

        var answer = await HandleOperationAsync(context, path, prettyError);
        return (limit is null ? answer : WithRateLimit(answer, limit, remaining), caller);
    }

    private async Task<SimulatorAnswer> HandleOperationAsync(HttpContext context, string path, bool prettyError)
    {
        var operation = ApiRoutes.Match(context.Request.Method, path, out var values);
        if (operation is null)
        {
            return SimulatorAnswer.Error(ApiErrors.ResourceNotFound(path), prettyError);
        }

        if (!AcceptsVersion(context.Request.Headers.Accept.ToString(), operation.Version))
        {
            return SimulatorAnswer.Error(ApiErrors.InvalidVersionDate(), prettyError);
        }

        var now = _clock.GetUtcNow();
        if (operation.IsTenant && now >= _options.TenantSunset)
        {
            return SimulatorAnswer.Error(ApiErrors.VersionGone(operation.Version, path.TrimStart('/')), prettyError);
        }

        var queryError = QueryFlags.TryRead(context.Request.Query, operation.IsList, out var envelope, out var pretty, out var paging);
        var answer = queryError is not null
            ? SimulatorAnswer.Error(queryError, prettyError)
            : await _endpoints.HandleAsync(new ApiCall(context, operation, values, envelope, pretty, paging, now));

        if (operation.IsTenant)
        {
            answer.WithHeader("Deprecation", AnswerWriter.HttpDate(_options.TenantDeprecation))
                  .WithHeader("Sunset", AnswerWriter.HttpDate(_options.TenantSunset));
        }

        return answer;
    }

    /// <summary>Whether <c>Accept</c> names <c>application/vnd.atlas.{version}+json</c> (among other media types, if any).</summary>
    private static bool AcceptsVersion(string accept, string version)
    {
        var wanted = SimulatorAnswer.MediaType(version);
        foreach (var mediaRange in accept.Split(','))
        {
            var mediaType = mediaRange.Split(';')[0].Trim();
            if (string.Equals(mediaType, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static SimulatorAnswer WithRateLimit(SimulatorAnswer answer, SimulatorRateLimit limit, int remaining)
        => answer.WithHeader("RateLimit-Limit", limit.Limit.ToString(CultureInfo.InvariantCulture))
                 .WithHeader("RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads the body for the log (at most 64 KiB of it) and rewinds it for the operation.</summary>
    private static async Task<string> ReadBodyForLogAsync(HttpRequest request)
    {
        const int MaxLoggedChars = 64 * 1024;
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var buffer = new char[MaxLoggedChars + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
        {
            length += read;
        }

        request.Body.Position = 0;
        return length > MaxLoggedChars ? "(body longer than 64 KiB, not logged)" : new string(buffer, 0, length);
    }
}
