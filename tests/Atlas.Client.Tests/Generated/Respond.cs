using System.Text;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Tests.Generated;

/// <summary>Scripts for the loopback server.</summary>
internal static class Respond
{
    public static Func<HttpContext, Task> Json(int status, string body, string contentType = "application/json", Action<HttpResponse>? headers = null)
        => async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            headers?.Invoke(context.Response);
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
        };

    /// <summary>A versioned 200 answer, the content type Atlas uses for a resource.</summary>
    public static Func<HttpContext, Task> Ok(string body, string version, Action<HttpResponse>? headers = null)
        => Json(200, body, $"application/vnd.atlas.{version}+json", headers);

    /// <summary>Answers with what the server saw, for the IEcho client.</summary>
    public static Task Echo(HttpContext context)
    {
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        var body = System.Text.Json.JsonSerializer.Serialize(
            new EchoResult { Method = context.Request.Method, RawTarget = raw, Accept = context.Request.Headers.Accept.ToString() },
            EchoJsonContext.Default.EchoResult);
        return Json(200, body)(context);
    }
}
