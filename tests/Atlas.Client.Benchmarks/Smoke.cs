using Atlas.Client.Benchmarks.Runtime;

namespace Atlas.Client.Benchmarks;

/// <summary>
/// The cheap check CI runs (seconds, no timing): every run-time benchmark returns the spec's body for the right
/// request, and every harness mode works end to end on a tiny input.
/// </summary>
internal static class Smoke
{
    public static async Task<int> RunAsync(TextWriter log)
    {
        var failures = 0;
        log.WriteLine("smoke: run-time benchmarks (each [Benchmark] called through a verifying handler)");
        failures += await RuntimeSmoke.RunAsync(log);
        log.WriteLine(failures == 0 ? "smoke: passed" : $"smoke: {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
