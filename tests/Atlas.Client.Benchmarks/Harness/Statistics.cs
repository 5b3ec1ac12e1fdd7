namespace Atlas.Client.Benchmarks.Harness;

/// <summary>The few summary figures the console harnesses report: median and spread of repeated measurements.</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("At least one measurement is needed.", nameof(values));
        }

        var sorted = values.OrderBy(v => v).ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Spread(IReadOnlyList<double> values, string format)
        => values.Count == 0 ? "-" : $"{values.Min().ToString(format)}..{values.Max().ToString(format)}";
}
