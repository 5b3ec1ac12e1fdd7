using System;
using System.ComponentModel;
using System.Net.Http;
using Atlas.Client.Shared;

namespace Atlas.Client.Http;

/// <summary>
/// Everything about one interface method that does not change between calls: built once per operation as a static
/// field of the generated client, so a call allocates none of it (the Accept value, the <see cref="HttpMethod"/>, the
/// sunset facts the generator found in its catalog at compile time).
/// </summary>
/// <remarks>Infrastructure for generated clients; not meant to be used directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AtlasOperation
{
    /// <summary>Creates the descriptor of one generated operation.</summary>
    /// <param name="name">The operation's display name, <c>IInterface.Method</c>.</param>
    /// <param name="method">The HTTP method (<c>GET</c>, <c>POST</c>, …).</param>
    /// <param name="routeTemplate">The route template as the interface declares it.</param>
    /// <param name="version">The Atlas resource version: a <c>yyyy-MM-dd</c> date, or <c>preview</c>.</param>
    /// <param name="sunsetOperationId">
    /// The operationId under which the sunset catalog lists this operation, when the generator matched its method,
    /// route and version against the catalog at compile time (e.g. <c>getSharedClusterBackup</c>).
    /// </param>
    public AtlasOperation(string name, string method, string routeTemplate, string version, string? sunsetOperationId = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        RouteTemplate = routeTemplate ?? throw new ArgumentNullException(nameof(routeTemplate));
        Version = version ?? throw new ArgumentNullException(nameof(version));
        Method = ToHttpMethod(method ?? throw new ArgumentNullException(nameof(method)));
        Accept = "application/vnd.atlas." + version + "+json";
        Sunset = sunsetOperationId is null ? null : FindSunset(sunsetOperationId);
        SunsetAdvice = Sunset is null ? null : DescribeSunset(Sunset);
    }

    /// <summary>The operation's display name, <c>IInterface.Method</c>.</summary>
    public string Name { get; }

    /// <summary>The HTTP method, one shared instance per operation.</summary>
    public HttpMethod Method { get; }

    /// <summary>The route template as the interface declares it.</summary>
    public string RouteTemplate { get; }

    /// <summary>The Atlas resource version: a <c>yyyy-MM-dd</c> date, or <c>preview</c>.</summary>
    public string Version { get; }

    /// <summary>The versioned media type sent as <c>Accept</c>: <c>application/vnd.atlas.{Version}+json</c>.</summary>
    public string Accept { get; }

    /// <summary>
    /// The media type of a request body, <c>application/vnd.atlas.{Version}+json</c>: Atlas labels bodies with the same
    /// versioned type it is asked to answer with.
    /// </summary>
    public string ContentType => Accept;

    /// <summary>The operationId that replaces this one when Atlas has sunset it (e.g. <c>getFlexBackup</c>), else <see langword="null"/>.</summary>
    public string? ReplacementOperationId => Sunset?.ReplacementOperationId;

    /// <summary>One sentence naming the sunset and the replacement, or <see langword="null"/> when the catalog does not list this operation.</summary>
    public string? SunsetAdvice { get; }

    /// <summary>The catalog entry of this operation, if it is a sunset one.</summary>
    internal SunsetOperation? Sunset { get; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Method.Method + " " + RouteTemplate + ", version " + Version + ")";

    private static SunsetOperation FindSunset(string operationId)
    {
        foreach (var candidate in SunsetCatalog.Operations)
        {
            if (string.Equals(candidate.OperationId, operationId, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        // The generator and this library ship in one package with one catalog, so this means a hand-written descriptor.
        throw new ArgumentException($"The sunset catalog has no operation '{operationId}'.", nameof(operationId));
    }

    private static string DescribeSunset(SunsetOperation sunset) => sunset.ReplacementOperationId is null
        ? $"Atlas sunset {sunset.OperationId} on {sunset.SunsetDate} and names no replacement."
        : $"Atlas sunset {sunset.OperationId} on {sunset.SunsetDate}; use {sunset.ReplacementOperationId} instead: {sunset.ReplacementMethod} {sunset.ReplacementPath} with version {sunset.ReplacementVersion}.";

    private static HttpMethod ToHttpMethod(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
#if NET5_0_OR_GREATER
        "PATCH" => HttpMethod.Patch,
#endif
        _ => new HttpMethod(method),
    };
}
