using System.Collections.Generic;
using System.Text;
using Atlas.Client.Generators.Catalog;

namespace Atlas.Client.Generators.Analyzers.Spec.Supplied;

/// <summary>
/// The catalog a compilation is checked against when its project supplies a spec: the built-in catalog with each
/// operation the spec has taken from the spec (its versions and their sunset dates, deprecation, operationId, docs
/// page), the operations only the spec has added, and the operations only the built-in catalog has kept as they are,
/// or, when the project opts in, reported as removed by the spec. The tenant → Flex rules stay on their operations.
/// </summary>
internal static class SuppliedCatalogMerge
{
    /// <param name="builtIn">The built-in catalog's operations.</param>
    /// <param name="spec">The supplied spec.</param>
    /// <param name="specName">The spec's file name: an operation it lacks is "gone from the spec of {specName}".</param>
    /// <param name="reportRemoved">True when the spec is the whole API, so that an operation it lacks is removed (ATLAS0105).</param>
    public static SpecRouteIndex Merge(SpecOperation[] builtIn, SuppliedSpec spec, string specName, bool reportRemoved)
    {
        var supplied = new Dictionary<string, SpecOperation>(spec.Operations.Length);
        foreach (var op in spec.Operations)
        {
            supplied[ShapeKey(op)] = op;
        }

        // Where the built-in catalog has two operations of one shape (a placeholder renamed between snapshots, the old
        // one removed), the spec's operation updates the current one and the other stays as it is.
        var receiver = new Dictionary<string, SpecOperation>();
        foreach (var known in builtIn)
        {
            var key = ShapeKey(known);
            if (supplied.ContainsKey(key) && (!receiver.TryGetValue(key, out var other) || other.RemovedBy is not null && known.RemovedBy is null))
            {
                receiver[key] = known;
            }
        }

        var merged = new List<SpecOperation>(builtIn.Length + spec.Operations.Length);
        var mergedOf = new Dictionary<SpecOperation, SpecOperation>(builtIn.Length);
        var taken = new HashSet<SpecOperation>();
        foreach (var known in builtIn)
        {
            SpecOperation op;
            var key = ShapeKey(known);
            if (receiver.TryGetValue(key, out var updated) && ReferenceEquals(updated, known))
            {
                var fresh = supplied[key];
                taken.Add(fresh);

                // A spec operation without a versioned media type says nothing about versions: the known ones stay.
                op = new SpecOperation(
                    fresh.Method, fresh.Path, fresh.OperationId, fresh.Override, fresh.Deprecated,
                    fresh.Versions.Length > 0 ? fresh.Versions : known.Versions, removedBy: null)
                {
                    DocsUrl = fresh.DocsUrl ?? known.DocsUrl,
                };
            }
            else
            {
                op = new SpecOperation(
                    known.Method, known.Path, known.OperationId, known.Override, known.Deprecated, known.Versions,
                    known.RemovedBy ?? (reportRemoved && !supplied.ContainsKey(key) ? specName : null))
                {
                    DocsUrl = known.DocsUrl,
                };
            }

            op.Sunset = known.Sunset;
            mergedOf[known] = op;
            merged.Add(op);
        }

        foreach (var known in builtIn)
        {
            if (known.Replacement is not null)
            {
                mergedOf[known].Replacement = mergedOf[known.Replacement];
            }
        }

        foreach (var op in spec.Operations)
        {
            if (!taken.Contains(op))
            {
                merged.Add(op);
            }
        }

        return new SpecRouteIndex(merged.ToArray());
    }

    /// <summary>
    /// Method and path with every placeholder's name left out (<c>GET /api/atlas/v2/groups/{}/clusters/{}</c>): a spec
    /// that renames a placeholder still describes the same operation.
    /// </summary>
    internal static string ShapeKey(SpecOperation op)
    {
        var key = new StringBuilder(op.Method.Length + 1 + op.Path.Length).Append(op.Method).Append(' ');
        var inPlaceholder = false;
        foreach (var c in op.Path)
        {
            if (c == '{')
            {
                inPlaceholder = true;
                key.Append('{');
            }
            else if (c == '}')
            {
                inPlaceholder = false;
                key.Append('}');
            }
            else if (!inPlaceholder)
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }
}
