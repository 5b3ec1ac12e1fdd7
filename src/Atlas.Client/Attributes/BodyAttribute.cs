using System;

namespace Atlas.Client;

/// <summary>
/// Sends a parameter as the JSON request body (<c>Content-Type: application/vnd.atlas.{Version}+json</c>),
/// serialized with the source-generated <c>JsonTypeInfo</c> of its type.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class BodyAttribute : Attribute
{
}
