using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Where the parser reports what is wrong with an interface. The analyzer passes one that reports diagnostics; the
/// generator passes none (its model only records that a method is unsupported), which keeps diagnostics out of the
/// cached model while both apply exactly the same rules.
/// </summary>
internal interface IClientIssueSink
{
    void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] messageArgs);
}
