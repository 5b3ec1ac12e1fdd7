using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Testing;

/// <summary>Writes a <see cref="SimulatorAnswer"/>, cutting or slowing its body when a fault says so.</summary>
internal static class AnswerWriter
{
    private static readonly TimeSpan TruncationGrace = TimeSpan.FromMilliseconds(250);

    public static async Task WriteAsync(HttpContext context, SimulatorAnswer answer, SimulatorFault? fault)
    {
        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        foreach (var header in answer.Headers)
        {
            response.Headers.Append(header.Key, header.Value);
        }

        if (answer.ContentType is not null)
        {
            response.ContentType = answer.ContentType;
        }

        response.ContentLength = answer.Body.Length;
        var body = answer.Body.AsMemory();
        switch (fault?.Kind)
        {
            case SimulatorFaultKind.TruncatedBody:
                await response.Body.WriteAsync(body.Slice(0, body.Length / 2), context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);

                // Kestrel's abort is a reset, which makes the peer drop what it has not read yet: wait so that the
                // client holds the headers and the half body before the connection goes.
                await Task.Delay(TruncationGrace, context.RequestAborted);
                context.Abort();
                return;
            case SimulatorFaultKind.SlowBody:
                await response.Body.WriteAsync(body.Slice(0, body.Length / 2), context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(fault.Duration, context.RequestAborted);
                await response.Body.WriteAsync(body.Slice(body.Length / 2), context.RequestAborted);
                return;
            default:
                await response.Body.WriteAsync(body, context.RequestAborted);
                return;
        }
    }

    /// <summary>An HTTP-date (RFC 9110 IMF-fixdate), as <c>Deprecation</c>, <c>Sunset</c> and <c>Date</c> carry.</summary>
    public static string HttpDate(DateTimeOffset instant) => instant.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
