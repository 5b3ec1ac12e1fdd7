using Atlas.Client.Benchmarks.AnalyzerCost;
using Atlas.Client.Benchmarks.AotSize;
using Atlas.Client.Benchmarks.GeneratorCost;
using Atlas.Client.Benchmarks.SpecCost;
using BenchmarkDotNet.Running;

namespace Atlas.Client.Benchmarks;

/// <summary>
/// Entry point. The first argument picks a harness mode (smoke, generator-cost, aot-size, analyzer-cost, spec-cost); anything
/// else goes to BenchmarkDotNet's switcher (e.g. <c>--filter *</c>). README.md beside this file has the commands.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToArray();
        try
        {
            switch (mode)
            {
                case "smoke":
                    return await Smoke.RunAsync(Console.Out);
                case "generator-cost":
                    return GeneratorCostHarness.Run(GeneratorCostHarness.Options.Parse(rest, new(Interfaces: 500, Methods: 3, Iterations: 5)), Console.Out);
                case "aot-size":
                    return AotSizeHarness.Run(AotSizeHarness.Options.Parse(rest), Console.Out);
                case "analyzer-cost":
                    return AnalyzerCostHarness.Run(AnalyzerCostHarness.Options.Parse(rest), Console.Out);
                case "spec-cost":
                    return SpecCostHarness.Run(SpecCostHarness.Options.Parse(rest), Console.Out);
                default:
                    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                    return 0;
            }
        }
        catch (Exception e) when (mode is "generator-cost" or "aot-size" or "analyzer-cost" or "spec-cost")
        {
            // A harness that cannot measure honestly stops with the reason, not a figure.
            Console.Error.WriteLine($"{mode}: {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }
}
