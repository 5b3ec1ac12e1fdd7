using Atlas.Client.Generators.Analyzers.Spec.Supplied;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Catalog;

namespace Atlas.Client.SpecTool;

/// <summary>
/// What changed between two specs, operation by operation. Operations are matched the way the analyzers merge a spec
/// with their catalog: by method and path shape (a renamed placeholder is the same operation), so what is reported
/// here is what the analyzers will report differently.
/// </summary>
internal static class SpecComparison
{
    public static List<SpecChange> Compare(IEnumerable<SpecOperation> before, IEnumerable<SpecOperation> after)
    {
        var old = ByShape(before);
        var fresh = ByShape(after);
        var changes = new List<SpecChange>();
        foreach (var (key, was) in old)
        {
            if (!fresh.TryGetValue(key, out var now))
            {
                changes.Add(Change(SpecChangeKind.Removed, was, "gone from the new spec"));
                continue;
            }

            CompareVersions(was, now, changes);
            if (was.Deprecated != now.Deprecated)
            {
                changes.Add(Change(now.Deprecated ? SpecChangeKind.Deprecated : SpecChangeKind.Undeprecated, now, now.Deprecated ? "now deprecated" : "no longer deprecated"));
            }

            if (was.OperationId != now.OperationId)
            {
                changes.Add(Change(SpecChangeKind.Renamed, now, $"operationId {was.OperationId} → {now.OperationId}"));
            }
        }

        foreach (var (key, now) in fresh)
        {
            if (!old.ContainsKey(key))
            {
                changes.Add(Change(SpecChangeKind.Added, now, now.Versions.Length == 0 ? "new" : "new, versions " + now.VersionList()));
            }
        }

        changes.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Operation, b.Operation));
        return changes;
    }

    private static void CompareVersions(SpecOperation was, SpecOperation now, List<SpecChange> changes)
    {
        foreach (var version in now.Versions)
        {
            var previous = was.Find(version.Version);
            if (previous is null)
            {
                changes.Add(Change(SpecChangeKind.VersionAdded, now, version.Sunset is null ? version.Version : $"{version.Version} (sunset {version.Sunset})"));
            }
            else if (previous.Sunset is null && version.Sunset is not null)
            {
                changes.Add(Change(SpecChangeKind.NewSunset, now, $"{version.Version} sunset {version.Sunset}"));
            }
            else if (previous.Sunset is not null && version.Sunset is null)
            {
                changes.Add(Change(SpecChangeKind.SunsetWithdrawn, now, $"{version.Version} no longer sunset (was {previous.Sunset})"));
            }
            else if (previous.Sunset != version.Sunset)
            {
                changes.Add(Change(SpecChangeKind.SunsetMoved, now, $"{version.Version} sunset {previous.Sunset} → {version.Sunset}"));
            }
        }

        foreach (var version in was.Versions)
        {
            if (now.Find(version.Version) is null)
            {
                changes.Add(Change(SpecChangeKind.VersionDropped, now, version.Version));
            }
        }
    }

    private static Dictionary<string, SpecOperation> ByShape(IEnumerable<SpecOperation> operations)
    {
        var byShape = new Dictionary<string, SpecOperation>(StringComparer.Ordinal);
        foreach (var op in operations)
        {
            byShape[SuppliedCatalogMerge.ShapeKey(op)] = op;
        }

        return byShape;
    }

    private static SpecChange Change(SpecChangeKind kind, SpecOperation op, string detail) => new(kind, op.Display, op.OperationId, detail);
}
