using System.Globalization;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// The compiler-alone runs' ratios, three ways, because on this machine the same compilation's CPU time varies by ±15%
/// from run to run (neighbours on the host, the server GC's spinning, tiered JIT):
/// <list type="bullet">
/// <item>the ratio of medians (the first table);</item>
/// <item>paired: the three runs of one iteration follow each other within a minute, so each pair shares that minute's
/// load, and the median of those ratios is steadier than the ratio of medians when the load drifts;</item>
/// <item>of minima: every disturbance adds time to the work and none takes any away, so the least disturbed run of each
/// kind is the steadiest estimate of the work itself (as for <c>timeit</c>). Each half of the runs gives its own ratio
/// as a check: when the halves disagree by more than the margin being judged, the figure is not settled.</item>
/// </list>
/// </summary>
internal static partial class AnalyzerCostHarness
{
    private static void PrintRatiosOfMinima(TextWriter log, Dictionary<BuildKind, List<(double Cpu, double Wall)>> samples, int iterations)
    {
        PrintRatioTable(log, $"Ratios of minima, the least disturbed of the {iterations} runs of each kind (all runs; first half; second half):", samples, RatioOfMinima);
        log.WriteLine();
        foreach (var kind in new[] { BuildKind.Without, BuildKind.GeneratedAsSource, BuildKind.Replayed, BuildKind.With }.Where(samples.ContainsKey))
        {
            // Every run, in order, so a reader can see the spread and any drift for themselves.
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-17} CPU s: {string.Join(' ', samples[kind].Select(v => v.Cpu.ToString("0.00", CultureInfo.InvariantCulture)))}"));
        }
    }

    /// <summary>
    /// A table of with/without, replayed/without and with/replayed (and, when the clients were also compiled as plain
    /// source, source/without, replayed/source and with/source), for CPU and wall time, each cell by <paramref name="cell"/>.
    /// </summary>
    private static void PrintRatioTable(TextWriter log, string title, Dictionary<BuildKind, List<(double Cpu, double Wall)>> samples, Func<double[], double[], string> cell)
    {
        (BuildKind Over, BuildKind Under, string Name)[] columns =
        [
            (BuildKind.With, BuildKind.Without, "with/without"),
            (BuildKind.Replayed, BuildKind.Without, "replayed/without"),
            (BuildKind.With, BuildKind.Replayed, "with/replayed"),
            (BuildKind.GeneratedAsSource, BuildKind.Without, "source/without"),
            (BuildKind.Replayed, BuildKind.GeneratedAsSource, "replayed/source"),
            (BuildKind.With, BuildKind.GeneratedAsSource, "with/source"),
        ];
        columns = columns.Where(c => samples.ContainsKey(c.Over) && samples.ContainsKey(c.Under)).ToArray();
        log.WriteLine();
        log.WriteLine(title);
        log.WriteLine();
        log.WriteLine($"| measure | {string.Join(" | ", columns.Select(c => c.Name))} |");
        log.WriteLine($"| --- |{string.Concat(columns.Select(_ => " ---: |"))}");
        foreach (var (what, pick) in new (string, Func<(double Cpu, double Wall), double>)[] { ("CPU time", v => v.Cpu), ("wall time", v => v.Wall) })
        {
            if (samples.Values.SelectMany(v => v).Any(v => double.IsNaN(pick(v))))
            {
                continue;
            }

            string Cell(BuildKind over, BuildKind under)
                => cell(samples[over].Select(pick).ToArray(), samples[under].Select(pick).ToArray());

            log.WriteLine($"| compilation, {what} | {string.Join(" | ", columns.Select(c => Cell(c.Over, c.Under)))} |");
        }
    }

    /// <summary>"median (min..max)" of the runs' pairwise ratios, iteration by iteration.</summary>
    private static string PairedRatio(double[] over, double[] under)
    {
        var ratios = over.Zip(under, (a, b) => a / b).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{Statistics.Median(ratios):0.000} ({ratios[0]:0.000}..{ratios[^1]:0.000})");
    }

    /// <summary>"min ratio (first half's; second half's)": the ratio of the two kinds' least disturbed runs, and its check.</summary>
    private static string RatioOfMinima(double[] over, double[] under)
    {
        var all = over.Min() / under.Min();
        var half = Math.Min(over.Length, under.Length) / 2;
        if (half == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{all:0.000}");
        }

        var first = over[..half].Min() / under[..half].Min();
        var second = over[half..].Min() / under[half..].Min();
        return string.Create(CultureInfo.InvariantCulture, $"**{all:0.000}** ({first:0.000}; {second:0.000})");
    }
}
