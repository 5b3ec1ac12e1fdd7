using Atlas.Client;

namespace Shop;

// The tenant model as a type in every position a team writes it; none of these depends on a tenant call.
public sealed record SnapshotRow(BackupTenantSnapshot Snapshot, string Cluster);

public static class Positions
{
    private static readonly BackupTenantSnapshot[] Empty = Array.Empty<BackupTenantSnapshot>();

    public static (BackupTenantSnapshot? First, int Count) Summarize(IReadOnlyList<BackupTenantSnapshot> all)
        => (all.Count == 0 ? default(BackupTenantSnapshot) : all[0], all.Count);

    public static string Kind(object value) => value switch
    {
        BackupTenantSnapshot done when done.Status == SnapshotStatus.Completed => "done " + done.Id,
        BackupTenantSnapshot other => "pending " + other.Id,
        _ => "other",
    };

    public static Type ModelType => typeof(BackupTenantSnapshot);

    public static string ModelName => nameof(BackupTenantSnapshot);

    public static BackupTenantSnapshot[] OrEmpty(BackupTenantSnapshot[]? snapshots) => snapshots ?? Empty;

    public static List<BackupTenantSnapshot> Sorted(IEnumerable<BackupTenantSnapshot> snapshots)
        => snapshots.OrderBy(s => s.FinishTime).Cast<BackupTenantSnapshot>().ToList();

    public static BackupTenantSnapshot Make(string id) => new() { Id = id };
}
