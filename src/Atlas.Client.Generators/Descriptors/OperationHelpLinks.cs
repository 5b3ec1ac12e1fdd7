using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Descriptors;

/// <summary>
/// Copies of supported descriptors that differ only in their help link (MongoDB's documentation page of an operation),
/// made once per ID and page. Roslyn accepts a reported diagnostic whose descriptor is not the one in
/// <c>SupportedDiagnostics</c> as long as its ID is there, so an analyzer reports with the copy for the operation at
/// hand while it declares the descriptor that links to the package's own page.
/// </summary>
internal sealed class OperationHelpLinks
{
    private const int MaxMade = 4096;

    private readonly Dictionary<(string Id, string Link), DiagnosticDescriptor> _descriptors = new();
    private readonly ConcurrentDictionary<(string Id, string Link), DiagnosticDescriptor> _made = new();

    /// <param name="descriptors">The supported descriptors to copy.</param>
    /// <param name="links">The operations' pages; a null one (an operation without a known page) is skipped.</param>
    public OperationHelpLinks(DiagnosticDescriptor[] descriptors, IEnumerable<string?> links)
    {
        foreach (var link in links)
        {
            if (link is null)
            {
                continue;
            }

            foreach (var descriptor in descriptors)
            {
                _descriptors[(descriptor.Id, link)] = Copy(descriptor, link);
            }
        }
    }

    /// <summary>
    /// The copy of <paramref name="descriptor"/> that links to <paramref name="link"/>; the descriptor itself when the
    /// link is null. A link not given to the constructor (an operation's page in a spec the project supplies) gets its
    /// copy when first asked for; a few thousand are kept, past that each report makes its own.
    /// </summary>
    public DiagnosticDescriptor For(DiagnosticDescriptor descriptor, string? link)
    {
        if (link is null)
        {
            return descriptor;
        }

        if (_descriptors.TryGetValue((descriptor.Id, link), out var linked) || _made.TryGetValue((descriptor.Id, link), out linked))
        {
            return linked;
        }

        linked = Copy(descriptor, link);
        return _made.Count < MaxMade ? _made.GetOrAdd((descriptor.Id, link), linked) : linked;
    }

    private static DiagnosticDescriptor Copy(DiagnosticDescriptor descriptor, string link)
        => new(
            descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault, descriptor.Description, link, descriptor.CustomTags.ToArray());
}
