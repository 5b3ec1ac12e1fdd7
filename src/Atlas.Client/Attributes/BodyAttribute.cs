using System;

namespace Atlas.Client;

/// <summary>
/// Sends a parameter as the JSON request body (<c>Content-Type: application/vnd.atlas.{Version}+json</c>),
/// serialized with the source-generated <c>JsonTypeInfo</c> of its type.
/// </summary>
/// <remarks>
/// Strings are written as System.Text.Json writes them: as UTF-8, so a string that is not valid UTF-16 (an unpaired
/// surrogate) arrives with U+FFFD in its place; route values, which must round-trip exactly, refuse it instead.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class BodyAttribute : Attribute
{
}
