using System;

namespace Atlas.Client;

/// <summary>
/// The common shape of <see cref="GetAttribute"/>, <see cref="PostAttribute"/>, <see cref="PutAttribute"/>,
/// <see cref="PatchAttribute"/> and <see cref="DeleteAttribute"/>: a route template and an Atlas resource version.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class AtlasRequestAttribute : Attribute
{
    /// <summary>Creates the attribute for an HTTP method and a route template.</summary>
    protected AtlasRequestAttribute(string method, string route)
    {
        Method = method;
        Route = route;
    }

    /// <summary>The HTTP method (<c>GET</c>, <c>POST</c>, …).</summary>
    public string Method { get; }

    /// <summary>
    /// The route template, e.g. <c>/api/atlas/v2/groups/{groupId}/flexClusters/{name}</c>. Each <c>{placeholder}</c>
    /// names a method parameter whose value is escaped into exactly one path segment.
    /// </summary>
    public string Route { get; }

    /// <summary>
    /// The Atlas resource version date (<c>yyyy-MM-dd</c>), or <c>preview</c> for an operation Atlas publishes as a
    /// preview, sent as <c>Accept: application/vnd.atlas.{Version}+json</c>. Required: a method without it is a build
    /// error. A preview may change without notice (the analyzers say so, ATLAS0109).
    /// </summary>
    public string? Version { get; set; }
}

/// <summary>An HTTP <c>GET</c> endpoint.</summary>
public sealed class GetAttribute : AtlasRequestAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="route">The route template.</param>
    public GetAttribute(string route) : base("GET", route) { }
}

/// <summary>An HTTP <c>POST</c> endpoint.</summary>
public sealed class PostAttribute : AtlasRequestAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="route">The route template.</param>
    public PostAttribute(string route) : base("POST", route) { }
}

/// <summary>An HTTP <c>PUT</c> endpoint.</summary>
public sealed class PutAttribute : AtlasRequestAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="route">The route template.</param>
    public PutAttribute(string route) : base("PUT", route) { }
}

/// <summary>An HTTP <c>PATCH</c> endpoint.</summary>
public sealed class PatchAttribute : AtlasRequestAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="route">The route template.</param>
    public PatchAttribute(string route) : base("PATCH", route) { }
}

/// <summary>An HTTP <c>DELETE</c> endpoint.</summary>
public sealed class DeleteAttribute : AtlasRequestAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="route">The route template.</param>
    public DeleteAttribute(string route) : base("DELETE", route) { }
}
