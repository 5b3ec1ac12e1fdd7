using System;

namespace Atlas.Client;

/// <summary>Options shared by every generated client.</summary>
public sealed class AtlasClientOptions
{
    /// <summary>The Atlas address used when the <c>HttpClient</c> has no <c>BaseAddress</c>.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://cloud.mongodb.com/");

    /// <summary>
    /// Where requests go when the <c>HttpClient</c> has no <c>BaseAddress</c>; defaults to <see cref="DefaultBaseAddress"/>.
    /// </summary>
    public Uri? BaseAddress { get; set; }
}
