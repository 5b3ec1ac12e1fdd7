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
    private readonly Dictionary<(string Id, string Link), DiagnosticDescriptor> _descriptors = new();

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
                _descriptors[(descriptor.Id, link)] = new DiagnosticDescriptor(
                    descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity,
                    descriptor.IsEnabledByDefault, descriptor.Description, link, descriptor.CustomTags.ToArray());
            }
        }
    }

    /// <summary>The copy of <paramref name="descriptor"/> that links to <paramref name="link"/>; the descriptor itself when there is none.</summary>
    public DiagnosticDescriptor For(DiagnosticDescriptor descriptor, string? link)
        => link is not null && _descriptors.TryGetValue((descriptor.Id, link), out var linked) ? linked : descriptor;
}
