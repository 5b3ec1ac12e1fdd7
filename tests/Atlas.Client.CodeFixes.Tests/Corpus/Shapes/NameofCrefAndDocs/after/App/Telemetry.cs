namespace Shop;

/// <summary>Names the call in logs, like <see cref="ISnapshots.GetFlexBackupAsync(string, string, string, System.Threading.CancellationToken)"/>.</summary>
public static class Telemetry
{
    public const string Operation = nameof(ISnapshots.GetFlexBackupAsync);

    public static string Describe(string clusterName) => $"{Operation}({nameof(clusterName)}={clusterName})";
}
