using System;

namespace Atlas.Client;

/// <summary>
/// Marks a <c>partial interface</c> whose methods describe Atlas Administration API endpoints.
/// The Atlas.Client generator emits a sealed implementation named after the interface without its
/// leading <c>I</c>, plus <c>Client</c> (<c>IFlexSnapshots</c> → <c>FlexSnapshotsClient</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class AtlasClientAttribute : Attribute
{
    /// <summary>
    /// A <c>System.Text.Json.Serialization.JsonSerializerContext</c> of the user's own that holds JSON metadata
    /// for the user's own request and response types. The built-in models are always bound to
    /// <see cref="AtlasJsonContext"/>; a type neither context knows is a build error.
    /// </summary>
    public Type? JsonContext { get; set; }
}
