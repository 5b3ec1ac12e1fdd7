using System;
using System.Net;

namespace Atlas.Client;

/// <summary>
/// Atlas answered with <c>Deprecation</c> and/or <c>Sunset</c> headers: the resource version this operation uses is on
/// its way out. Passed to <see cref="AtlasClientOptions.OnDeprecation"/> for every such answer.
/// </summary>
public sealed class AtlasDeprecationNotice
{
    internal AtlasDeprecationNotice(
        string operationName, string method, string routeTemplate, string version, Uri? requestUri, HttpStatusCode statusCode,
        string? deprecationHeader, string? sunsetHeader, string? replacementOperationId, string? advice)
    {
        OperationName = operationName;
        Method = method;
        RouteTemplate = routeTemplate;
        Version = version;
        RequestUri = requestUri;
        StatusCode = statusCode;
        DeprecationHeader = deprecationHeader;
        SunsetHeader = sunsetHeader;
        DeprecatedAt = DeprecationHeaders.ParseDate(deprecationHeader);
        SunsetAt = DeprecationHeaders.ParseDate(sunsetHeader);
        ReplacementOperationId = replacementOperationId;
        Advice = advice;
    }

    /// <summary>The generated operation, <c>IInterface.Method</c>.</summary>
    public string OperationName { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The route template the interface declares.</summary>
    public string RouteTemplate { get; }

    /// <summary>The resource version the call asked for.</summary>
    public string Version { get; }

    /// <summary>The address that was called.</summary>
    public Uri? RequestUri { get; }

    /// <summary>The status of the answer that carried the headers.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The raw <c>Deprecation</c> header, if present (an HTTP-date, or <c>@</c> and Unix seconds per RFC 9745).</summary>
    public string? DeprecationHeader { get; }

    /// <summary>The raw <c>Sunset</c> header (an HTTP-date, RFC 8594), if present.</summary>
    public string? SunsetHeader { get; }

    /// <summary>When the version was deprecated, if the header could be read as a date.</summary>
    public DateTimeOffset? DeprecatedAt { get; }

    /// <summary>When the version stops working, if the header could be read as a date.</summary>
    public DateTimeOffset? SunsetAt { get; }

    /// <summary>The operationId that replaces this one, when the sunset catalog knows it (e.g. <c>getFlexBackup</c>).</summary>
    public string? ReplacementOperationId { get; }

    /// <summary>What to do instead, when the sunset catalog knows it.</summary>
    public string? Advice { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"{OperationName} ({Method} {RouteTemplate}, version {Version}) is deprecated (Deprecation: {DeprecationHeader ?? "-"}; Sunset: {SunsetHeader ?? "-"}).{(Advice is null ? string.Empty : " " + Advice)}";
}
