using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>Answers of the scripted server that the simulator's faults do not cover.</summary>
internal static class Scripts
{
    public const string Snapshot = "{\"id\":\"5f4e3d2c1b0a998877665544\",\"status\":\"COMPLETED\",\"mongoDBVersion\":\"8.0.4\"}";

    public static string ApiError(int status, string code) =>
        $"{{\"error\":{status},\"errorCode\":\"{code}\",\"detail\":\"Injected {code}.\",\"reason\":\"Injected\",\"parameters\":[]}}";

    /// <summary>Answers the OAuth token endpoint with <see cref="Infrastructure.TestSecrets.LoopbackAccessToken"/>, everything else with <paramref name="script"/>.</summary>
    public static Func<HttpContext, Task> WithTokenEndpoint(Func<HttpContext, Task> script) => context =>
    {
        if (context.Request.Path != "/api/oauth/token")
        {
            return script(context);
        }

        var token = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["access_token"] = Infrastructure.TestSecrets.LoopbackAccessToken, ["token_type"] = "Bearer", ["expires_in"] = 3600,
        });
        return Answer(200, "application/json", token)(context);
    };

    /// <summary>A Flex restore job, as the server answers a [Body] POST.</summary>
    public const string RestoreJob = "{\"id\":\"6733a1f0c2b54d0a8e1f00a1\",\"status\":\"QUEUED\",\"deliveryType\":\"RESTORE\"}";

    /// <summary>The first of two pages of one snapshot each.</summary>
    public static string FirstOfTwoPages { get; } = "{\"results\":[" + Snapshot + "],\"totalCount\":2}";

    /// <summary>
    /// A 401 with Atlas's Digest challenge (a fresh nonce, marked stale so a client holding an older one answers again):
    /// the client must re-send the request, body and all.
    /// </summary>
    public static Task DigestChallenge(HttpContext context)
    {
        context.Response.StatusCode = 401;
        context.Response.Headers.WWWAuthenticate =
            $"Digest realm=\"MMS Public API\", domain=\"\", nonce=\"{Guid.NewGuid():N}\", algorithm=MD5, qop=\"auth\", stale=true";
        return Task.CompletedTask;
    }

    /// <summary>Answers the first page of a walk normally and every later page with <paramref name="script"/>.</summary>
    public static Func<HttpContext, Task> OnLaterPages(Func<HttpContext, Task> script) => context
        => context.Request.Query["pageNum"] == "1" ? Answer(200, "application/json", FirstOfTwoPages)(context) : script(context);

    /// <summary>A complete answer.</summary>
    public static Func<HttpContext, Task> Answer(int status, string? contentType, byte[] body, IDictionary<string, string>? headers = null) => async context =>
    {
        context.Response.StatusCode = status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        foreach (var header in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    };

    public static Func<HttpContext, Task> Answer(int status, string? contentType, string body) => Answer(status, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>Headers and part of the body, then a stall (the client's timeout or token must end the wait).</summary>
    public static Func<HttpContext, Task> StallMidBody(int status, string body) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await context.Response.Body.FlushAsync();
        await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { });
    };

    /// <summary>Headers and part of the body, then the connection is reset.</summary>
    public static Func<HttpContext, Task> ResetMidBody(int status, string body, bool chunked) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        if (!chunked)
        {
            context.Response.ContentLength = bytes.Length + 1000;
        }

        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await context.Response.Body.FlushAsync();
        await Task.Delay(200);
        context.Abort();
    };

    /// <summary>A body that never ends: whitespace after an opening brace, until the client goes away.</summary>
    public static Func<HttpContext, Task> Endless() => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 16 * 1024));
        await context.Response.Body.WriteAsync("{"u8.ToArray());
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await Task.Delay(5, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    };

    /// <summary>A redirect to itself, forever.</summary>
    public static Task RedirectLoop(HttpContext context)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        return Task.CompletedTask;
    }
}
