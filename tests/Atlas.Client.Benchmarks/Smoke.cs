using Atlas.Client.Benchmarks.AnalyzerCost;
using Atlas.Client.Benchmarks.GeneratorCost;
using Atlas.Client.Benchmarks.Runtime;
using Atlas.Client.Benchmarks.Harness;
using Atlas.Client.Benchmarks.SpecCost;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;

namespace Atlas.Client.Benchmarks;

/// <summary>
/// The cheap check CI runs (seconds, no timing judged): every run-time benchmark returns the spec's body for the right
/// request, the generator-cost harness runs both generators correctly on a tiny input, the spec-cost harness reads and uses a
/// full-size supplied spec, and the analyzer-cost harness's replay generator and trace reduction work.
/// </summary>
internal static class Smoke
{
    public static async Task<int> RunAsync(TextWriter log)
    {
        var failures = 0;
        log.WriteLine("smoke: run-time benchmarks (each [Benchmark] called through a verifying handler)");
        failures += await RuntimeSmoke.RunAsync(log);

        log.WriteLine("smoke: BenchmarkDotNet dry job, in-process (validators and one invocation of every benchmark)");
        failures += Guard(log, () => RunDryJob(log));

        log.WriteLine("smoke: generator cost on 5 interfaces × 3 methods (correctness only; figures at this size mean nothing)");
        failures += Guard(log, () => GeneratorCostHarness.Run(new(Interfaces: 5, Methods: 3, Iterations: 1), log, reportTargets: false));

        log.WriteLine("smoke: spec cost on 5 files × 10 routes with the full-size spec (correctness only: the spec is read, merged and used)");
        failures += Guard(log, () => SpecCostHarness.Run(new(Files: 5, Iterations: 1), log));

        log.WriteLine("smoke: analyzer-cost tools (the replay generator, the trace reduction)");
        failures += Guard(log, () => AnalyzerCostSmoke.Run(log));

        log.WriteLine(failures == 0 ? "smoke: passed" : $"smoke: {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    private static int RunDryJob(TextWriter log)
    {
        // Quiet: CI needs the verdict, not BenchmarkDotNet's per-iteration log.
        var config = ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(RepositoryPaths.Artifacts("smoke"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly)
            .Run(["--filter", "*", "--job", "Dry", "--inProcess"], config)
            .ToArray();
        var expected = RuntimeSmoke.BenchmarkClasses.Count;
        var problems = new List<string>();
        if (summaries.Length != expected)
        {
            problems.Add($"{summaries.Length} summaries for {expected} benchmark classes");
        }

        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                problems.Add($"{summary.Title}: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
            }

            problems.AddRange(summary.Reports.Where(r => !r.Success).Select(r => $"{r.BenchmarkCase.DisplayInfo} did not run"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }

        log.WriteLine($"  ok   {summaries.Sum(s => s.Reports.Length)} benchmark cases ran in {summaries.Length} classes");
        return 0;
    }

    private static int Guard(TextWriter log, Func<int> step)
    {
        try
        {
            return step() == 0 ? 0 : 1;
        }
        catch (Exception e)
        {
            log.WriteLine($"  FAIL {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
