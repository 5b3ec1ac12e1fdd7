using Atlas.Client;

namespace Shop;

// The tenant model as a type in every position a team writes it; none of these depends on a tenant call.
public sealed record SnapshotRow(FlexBackupSnapshot Snapshot, string Cluster);

public static class Positions
{
    private static readonly FlexBackupSnapshot[] Empty = Array.Empty<FlexBackupSnapshot>();

    public static (FlexBackupSnapshot? First, int Count) Summarize(IReadOnlyList<FlexBackupSnapshot> all)
        => (all.Count == 0 ? default(FlexBackupSnapshot) : all[0], all.Count);

    public static string Kind(object value) => value switch
    {
        FlexBackupSnapshot done when done.Status == SnapshotStatus.Completed => "done " + done.Id,
        FlexBackupSnapshot other => "pending " + other.Id,
        _ => "other",
    };

    public static Type ModelType => typeof(FlexBackupSnapshot);

    public static string ModelName => nameof(FlexBackupSnapshot);

    public static FlexBackupSnapshot[] OrEmpty(FlexBackupSnapshot[]? snapshots) => snapshots ?? Empty;

    public static List<FlexBackupSnapshot> Sorted(IEnumerable<FlexBackupSnapshot> snapshots)
        => snapshots.OrderBy(s => s.FinishTime).Cast<FlexBackupSnapshot>().ToList();

    public static FlexBackupSnapshot Make(string id) => new() { Id = id };
}
