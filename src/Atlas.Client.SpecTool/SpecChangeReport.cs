namespace Atlas.Client.SpecTool;

/// <summary>
/// The changes as text for a person and a pull request: one section per kind with its count, one line per operation,
/// in a fixed order so that two runs on the same specs print the same report.
/// </summary>
internal static class SpecChangeReport
{
    private static readonly Dictionary<SpecChangeKind, string> Titles = new()
    {
        [SpecChangeKind.Removed] = "Removed operations (ATLAS0105 with ReportRemoved=\"true\")",
        [SpecChangeKind.NewSunset] = "New sunset dates (ATLAS0102, ATLAS0101 once past)",
        [SpecChangeKind.SunsetMoved] = "Sunset dates moved",
        [SpecChangeKind.SunsetWithdrawn] = "Sunset dates withdrawn",
        [SpecChangeKind.Deprecated] = "Newly deprecated operations",
        [SpecChangeKind.Undeprecated] = "No longer deprecated",
        [SpecChangeKind.VersionDropped] = "Resource versions no longer offered (ATLAS0103)",
        [SpecChangeKind.VersionAdded] = "New resource versions",
        [SpecChangeKind.Renamed] = "Renamed operations",
        [SpecChangeKind.Added] = "New operations",
    };

    /// <param name="writer">Where to write.</param>
    /// <param name="against">What the new spec is compared with, for the heading.</param>
    /// <param name="changes">The changes, as <see cref="SpecComparison.Compare"/> orders them.</param>
    /// <param name="countOnly">Kinds listed as a count only (the built-in catalog's operations a subset lacks are not news).</param>
    public static void Write(TextWriter writer, string against, IReadOnlyList<SpecChange> changes, params SpecChangeKind[] countOnly)
    {
        if (changes.Count == 0)
        {
            writer.WriteLine($"No changes against {against}.");
            return;
        }

        writer.WriteLine($"Changes against {against}:");
        foreach (var group in changes.GroupBy(c => c.Kind))
        {
            writer.WriteLine();
            writer.WriteLine($"{Titles[group.Key]}: {group.Count()}");
            if (countOnly.Contains(group.Key))
            {
                writer.WriteLine("  (not listed: the new spec may be a subset)");
                continue;
            }

            foreach (var change in group)
            {
                writer.WriteLine($"  {change.Operation} ({change.OperationId}): {change.Detail}");
            }
        }
    }
}
