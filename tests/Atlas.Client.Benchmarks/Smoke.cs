using Atlas.Client.Benchmarks.GeneratorCost;
using Atlas.Client.Benchmarks.Runtime;

namespace Atlas.Client.Benchmarks;

/// <summary>
/// The cheap check CI runs (seconds, no timing judged): every run-time benchmark returns the spec's body for the right
/// request, and the generator-cost harness runs both generators correctly on a tiny input.
/// </summary>
internal static class Smoke
{
    public static async Task<int> RunAsync(TextWriter log)
    {
        var failures = 0;
        log.WriteLine("smoke: run-time benchmarks (each [Benchmark] called through a verifying handler)");
        failures += await RuntimeSmoke.RunAsync(log);

        log.WriteLine("smoke: generator cost on 5 interfaces × 3 methods (correctness only; figures at this size mean nothing)");
        failures += Guard(log, () => GeneratorCostHarness.Run(new(Interfaces: 5, Methods: 3, Iterations: 1), log, reportTargets: false));

        log.WriteLine(failures == 0 ? "smoke: passed" : $"smoke: {failures} failed");
        return failures == 0 ? 0 : 1;
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
