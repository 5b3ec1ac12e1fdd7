namespace Shop;

/// <summary>Names the call in logs, like <see cref="ISnapshots.GetSharedClusterBackupAsync(string, string, string, System.Threading.CancellationToken)"/>.</summary>
public static class Telemetry
{
    public const string Operation = nameof(ISnapshots.GetSharedClusterBackupAsync);

    public static string Describe(string clusterName) => $"{Operation}({nameof(clusterName)}={clusterName})";
}
