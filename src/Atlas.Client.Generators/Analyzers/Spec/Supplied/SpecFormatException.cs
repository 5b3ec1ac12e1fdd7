using System;

namespace Atlas.Client.Generators.Analyzers.Spec.Supplied;

/// <summary>
/// Why a supplied spec cannot be used, and where: thrown by <see cref="BoundedJsonReader"/> and
/// <see cref="OpenApiSpecReader"/>, caught by the reader's caller and turned into one diagnostic (ATLAS0108). It never
/// leaves the analyzer assembly.
/// </summary>
internal sealed class SpecFormatException : Exception
{
    public SpecFormatException(int offset, string reason)
        : base(reason)
    {
        Offset = offset;
    }

    /// <summary>Where in the text the problem is (a character offset).</summary>
    public int Offset { get; }
}
