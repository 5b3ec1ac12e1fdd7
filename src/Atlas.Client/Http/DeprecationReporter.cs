using System;
using System.Net.Http;
using Atlas.Client.Http;
using Microsoft.Extensions.Logging;

namespace Atlas.Client;

/// <summary>
/// Surfaces <c>Deprecation</c>/<c>Sunset</c> answer headers: every such answer goes to
/// <see cref="AtlasClientOptions.OnDeprecation"/>, and the first one of each operation becomes a warning on
/// <see cref="AtlasClientOptions.Logger"/> (once per operation and options instance, so a hot loop does not flood the log).
/// </summary>
internal static class DeprecationReporter
{
    private static readonly Action<ILogger, string, string, string, string, Exception?> LogDeprecated =
        LoggerMessage.Define<string, string, string, string>(
            LogLevel.Warning,
            new EventId(1001, "AtlasOperationDeprecated"),
            "Atlas marked {Operation} as deprecated (Deprecation: {Deprecation}; Sunset: {Sunset}). {Advice}");

    public static void Observe(HttpResponseMessage response, AtlasOperation operation, AtlasClientOptions options)
    {
        var callback = options.OnDeprecation;
        var logger = options.Logger;
        if (callback is null && logger is null)
        {
            return;
        }

        var deprecation = DeprecationHeaders.Get(response, DeprecationHeaders.Deprecation);
        var sunset = DeprecationHeaders.Get(response, DeprecationHeaders.Sunset);
        if (deprecation is null && sunset is null)
        {
            return;
        }

        var notice = new AtlasDeprecationNotice(
            operation.Name, operation.Method.Method, operation.RouteTemplate, operation.Version, response.RequestMessage?.RequestUri,
            response.StatusCode, deprecation, sunset, operation.ReplacementOperationId, operation.SunsetAdvice);

        if (logger is not null && options.FirstDeprecationOf(operation) && logger.IsEnabled(LogLevel.Warning))
        {
            LogDeprecated(logger, operation.ToString(), deprecation ?? "-", sunset ?? "-",
                notice.Advice ?? "Move to a newer resource version before the sunset date.", null);
        }

        callback?.Invoke(notice);
    }
}
