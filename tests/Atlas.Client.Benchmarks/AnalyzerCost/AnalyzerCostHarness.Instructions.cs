using System.Collections.Concurrent;
using System.Globalization;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// The compiler-alone command lines counted in instructions instead of seconds (<c>--instructions N</c>): the same four
/// compilations as the timed runs (without, the clients as plain source, replayed, with), each in a fresh compiler
/// process under <see cref="Cachegrind"/>, one per core at a time, each into its own output folder. Run it on an
/// otherwise idle machine: threads that spin-wait do so by the clock, so with more work than cores the same command line
/// counted up to 1.1% apart, where idle runs agree to 0.04-0.18%.
/// </summary>
internal static partial class AnalyzerCostHarness
{
    private static readonly BuildKind[] CountedKinds = [BuildKind.Without, BuildKind.GeneratedAsSource, BuildKind.Replayed, BuildKind.With];

    private static void CountInstructions(TextWriter log, string project, int runs, IReadOnlyDictionary<string, string> requested)
    {
        var valgrind = Cachegrind.FindTool()
            ?? throw new InvalidOperationException("--instructions needs valgrind on the PATH (Debian: apt-get install valgrind).");
        var directory = Path.GetDirectoryName(project)!;
        var calls = CaptureCompilerCalls(project);

        // Reports of an earlier run would sit beside this run's under the same names; start from an empty folder.
        var reports = Path.Combine(directory, "obj", "instructions");
        if (Directory.Exists(reports))
        {
            Directory.Delete(reports, recursive: true);
        }

        var environment = Cachegrind.RuntimeSettings.SetItems(requested);
        var counts = new ConcurrentDictionary<(BuildKind Kind, int Run), long>();
        var work = Enumerable.Range(0, runs).SelectMany(run => CountedKinds.Select(kind => (Kind: kind, Run: run))).ToArray();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, item =>
        {
            var call = SeparateOutput(directory, item.Kind, item.Run, calls[item.Kind]);
            var valgrindLog = Path.Combine(reports, $"{item.Kind}-{item.Run}.valgrind.log");
            var (instructions, output) = Cachegrind.Compile(valgrind, call, directory, environment, valgrindLog);
            CheckCompilerRun(item.Kind, directory, call.ResponseFile, output);
            counts[item] = instructions;
        });

        var byKind = CountedKinds.ToDictionary(
            kind => kind,
            kind => Enumerable.Range(0, runs).Select(run => (double)counts[(kind, run)]).ToArray());
        log.WriteLine();
        log.WriteLine($"The compiler alone, instructions executed (valgrind --tool=cachegrind, every thread; /parallel-, workstation GC), {runs} fresh compilation(s) of each kind:");
        WriteCompilerEnvironment(log, environment);
        log.WriteLine();
        log.WriteLine("| compilation | instructions, median | min..max | spread |");
        log.WriteLine("| --- | ---: | --- | ---: |");
        foreach (var kind in CountedKinds)
        {
            var values = byKind[kind];
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {KindName(kind)} | {Cachegrind.Billions(Statistics.Median(values))} | {Cachegrind.Billions(values.Min())}..{Cachegrind.Billions(values.Max())} | {(values.Max() / values.Min() - 1) * 100:0.00}% |"));
        }

        log.WriteLine();
        log.WriteLine("| ratio of medians | with/without | replayed/without | with/replayed | source/without | replayed/source | with/source |");
        log.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        string Ratio(BuildKind over, BuildKind under)
            => string.Create(CultureInfo.InvariantCulture, $"{Statistics.Median(byKind[over]) / Statistics.Median(byKind[under]):0.0000}");
        log.WriteLine($"| instructions | **{Ratio(BuildKind.With, BuildKind.Without)}** | {Ratio(BuildKind.Replayed, BuildKind.Without)} | {Ratio(BuildKind.With, BuildKind.Replayed)} | {Ratio(BuildKind.GeneratedAsSource, BuildKind.Without)} | {Ratio(BuildKind.Replayed, BuildKind.GeneratedAsSource)} | {Ratio(BuildKind.With, BuildKind.GeneratedAsSource)} |");
        log.WriteLine();
        foreach (var kind in CountedKinds)
        {
            log.WriteLine($"  {kind,-17} instructions: {string.Join(' ', byKind[kind].Select(v => v.ToString("N0", CultureInfo.InvariantCulture)))}");
        }

        log.WriteLine($"(valgrind's reports in {reports})");
    }

    private static string KindName(BuildKind kind) => kind switch
    {
        BuildKind.Without => "without Atlas.Client analyzers",
        BuildKind.GeneratedAsSource => "source: the generated clients as plain source files",
        BuildKind.Replayed => "replayed: the generated clients added by a generator that analyses nothing",
        BuildKind.With => "with",
        _ => kind.ToString(),
    };

    /// <summary>
    /// A copy of a captured command line that writes its assembly (and reference assembly) into a folder of its own, one
    /// per kind and run, so that any two compilations can run at once (two runs of one kind as well), and compiles on one thread (see <see cref="Cachegrind.RuntimeSettings"/>);
    /// everything else, the sources included, is read as before.
    /// </summary>
    internal static (string Compiler, string ResponseFile) SeparateOutput(string directory, BuildKind kind, int run, (string Compiler, string ResponseFile) call)
    {
        var folder = Path.Combine("obj", "instructions", $"{kind}-{run}");
        Directory.CreateDirectory(Path.Combine(directory, folder, "refint"));
        var arguments = File.ReadAllText(call.ResponseFile);
        var rewritten = OutputAssembly().Replace(arguments, $"/out:\"{Path.Combine(folder, "Bench.dll")}\"", 1);
        rewritten = ReferenceAssemblyOutput().Replace(rewritten, $"/refout:\"{Path.Combine(folder, "refint", "Bench.dll")}\"", 1);
        if (rewritten == arguments || !rewritten.Contains("/refout:\"obj", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{call.ResponseFile} has no /out: and /refout: to redirect.");
        }

        var responseFile = Path.Combine(directory, folder, $"csc-{kind}.rsp");
        File.WriteAllText(responseFile, rewritten.TrimEnd() + " " + Cachegrind.SingleThreaded);
        return (call.Compiler, responseFile);
    }
}
