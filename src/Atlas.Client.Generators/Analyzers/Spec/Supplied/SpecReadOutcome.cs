using System.Collections.Generic;
using System.Threading;
using Atlas.Client.Generators.Catalog;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.Generators.Analyzers.Spec.Supplied;

/// <summary>
/// What reading one content gave: the spec, or why it cannot be used and where. Kept by <see cref="SuppliedSpecCache"/>
/// with the catalogs merged from it, one per spec file name and opt-in.
/// </summary>
internal sealed class SpecReadOutcome
{
    private readonly Dictionary<(string Name, bool ReportRemoved), SpecRouteIndex> _merged = new();

    private SpecReadOutcome(SuppliedSpec? spec, int errorOffset, string? error)
    {
        Spec = spec;
        ErrorOffset = errorOffset;
        Error = error;
    }

    /// <summary>The spec, or null when it cannot be used.</summary>
    public SuppliedSpec? Spec { get; }

    /// <summary>Why the spec cannot be used, or null.</summary>
    public string? Error { get; }

    /// <summary>Where in the text the problem is.</summary>
    public int ErrorOffset { get; }

    public static SpecReadOutcome Read(SourceText text, CancellationToken cancellationToken)
    {
        try
        {
            return new SpecReadOutcome(OpenApiSpecReader.Read(text, cancellationToken), 0, null);
        }
        catch (SpecFormatException e)
        {
            return new SpecReadOutcome(null, e.Offset, e.Message);
        }
    }

    /// <summary>The built-in catalog merged with <see cref="Spec"/> (see <see cref="SuppliedCatalogMerge"/>), made once.</summary>
    public SpecRouteIndex MergedWith(SpecOperation[] builtIn, string specName, bool reportRemoved)
    {
        lock (_merged)
        {
            if (!_merged.TryGetValue((specName, reportRemoved), out var index))
            {
                _merged[(specName, reportRemoved)] = index = SuppliedCatalogMerge.Merge(builtIn, Spec!, specName, reportRemoved);
            }

            return index;
        }
    }
}
