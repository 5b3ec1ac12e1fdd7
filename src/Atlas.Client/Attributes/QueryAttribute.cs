using System;

namespace Atlas.Client;

/// <summary>
/// Sends a parameter as a query parameter. Parameters that are neither route placeholders, <see cref="BodyAttribute"/>
/// nor a <c>CancellationToken</c> are query parameters anyway; this attribute exists to rename them.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class QueryAttribute : Attribute
{
    /// <summary>Uses the parameter's own name.</summary>
    public QueryAttribute() { }

    /// <summary>Uses <paramref name="name"/> as the query parameter's name.</summary>
    public QueryAttribute(string name) => Name = name;

    /// <summary>The query parameter's name, or <see langword="null"/> for the parameter's own name.</summary>
    public string? Name { get; }
}
