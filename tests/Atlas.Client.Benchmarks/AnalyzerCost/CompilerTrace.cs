using System.Globalization;
using System.Text.Json;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// A CPU-sampling trace of the compiler (<c>dotnet-trace collect --profile dotnet-sampled-thread-time</c>) for each
/// compiler command line, reduced to where the managed CPU samples fall: our assemblies' frames, the generator driver
/// and analyzer driver outside them, compiling method bodies, the rest. Compared with the without-trace, it says where
/// the with-build's extra time goes instead of leaving it to a guess.
/// </summary>
/// <remarks>
/// The sampled-thread-time profile samples every managed thread about once a millisecond; a sample whose leaf is
/// <c>CPU_TIME</c> is a thread in managed code, <c>UNMANAGED_CODE_TIME</c> a thread in native code (waiting, the JIT,
/// the GC). Work here is the first kind less the samples taken inside a wait primitive (<see cref="WaitFrames"/>: the
/// sampler labels an idle finalizer or thread-pool thread, or one held for a GC, as managed too); the JIT's share shows
/// as native time under our frames. The traced compilations run single-threaded (<c>/parallel-</c>) so that work is
/// not inflated by more runnable threads than cores; the difference between two traces is the work one command line
/// adds to the other.
/// </remarks>
internal static class CompilerTrace
{
    /// <summary>Where a sample is charged, first match from the innermost frame's side.</summary>
    private static readonly (string Name, Func<string, bool> Matches)[] Categories =
    [
        ("our generator and analyzers (Atlas.Client frames)", frame => frame.StartsWith("Atlas.Client", StringComparison.Ordinal)),
        ("generator driver, outside our frames", frame => frame.Contains("!Microsoft.CodeAnalysis.GeneratorDriver", StringComparison.Ordinal)
            || frame.Contains("!Microsoft.CodeAnalysis.SyntaxValueProvider", StringComparison.Ordinal)),
        ("analyzer driver and other analyzers", frame => frame.Contains("!Microsoft.CodeAnalysis.Diagnostics.Analyzer", StringComparison.Ordinal)),
        ("compiling method bodies (MethodCompiler)", frame => frame.Contains("!Microsoft.CodeAnalysis.CSharp.MethodCompiler", StringComparison.Ordinal)),
    ];

    /// <summary>
    /// Frames that a sampled thread shows while it waits (idle thread-pool and finalizer threads, GC suspension, spinning
    /// for a lock or a semaphore): the sampler can label these managed, but they are not work.
    /// </summary>
    private static readonly string[] WaitFrames =
    [
        "!System.GC.RunFinalizers", "PollGCWorker", "!System.Threading.LowLevelSpinWaiter.Wait", "!System.Threading.LowLevelLifoSemaphore.",
        "!System.Threading.Monitor.Enter_Slowpath", "!System.Threading.Monitor.Wait", "!System.Threading.SpinWait.Spin",
        "!System.Threading.Thread.Sleep", "!System.Threading.ManualResetEventSlim.Wait", "!System.Threading.WaitHandle.Wait",
        "!System.Threading.PortableThreadPool+WorkerThread.WorkerThreadStart", "!Interop+Kernel32.ReleaseSemaphore",
    ];

    public sealed record Profile(double ManagedMs, double NativeMs, IReadOnlyDictionary<string, double> ManagedByCategory, double NativeInOursMs);

    public static string? FindTool()
        => ProcessRunner.FindOnPath("dotnet-trace", Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "", ".dotnet", "tools"));

    /// <summary>Runs the compiler call under dotnet-trace; the trace is written as NetTrace and as Speedscope JSON.</summary>
    public static void Collect(string tool, string directory, string name, (string Compiler, string ResponseFile) call)
    {
        var output = Path.Combine(directory, "obj", $"trace-{name}.nettrace");
        ProcessRunner.RunChecked(
            tool,
            ["collect", "--profile", "dotnet-sampled-thread-time", "--format", "Speedscope", "-o", output, "--", call.Compiler, "@" + call.ResponseFile, "/parallel-"],
            directory);
    }

    /// <summary>Sums the time of each sample stack of a Speedscope "evented" profile into the categories.</summary>
    public static Profile Reduce(string speedscopeFile)
    {
        using var stream = File.OpenRead(speedscopeFile);
        using var document = JsonDocument.Parse(stream);
        var frames = document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() ?? "").ToArray();
        var categoryOf = frames.Select(frame => Array.FindIndex(Categories, c => c.Matches(frame))).ToArray();
        var isWait = frames.Select(frame => WaitFrames.Any(w => frame.Contains(w, StringComparison.Ordinal))).ToArray();
        var managed = 0.0;
        var native = 0.0;
        var nativeInOurs = 0.0;
        var byCategory = new double[Categories.Length + 1];
        foreach (var profile in document.RootElement.GetProperty("profiles").EnumerateArray())
        {
            var stack = new List<int>();
            double? last = null;
            foreach (var evt in profile.GetProperty("events").EnumerateArray())
            {
                var at = evt.GetProperty("at").GetDouble();
                if (stack.Count > 0 && last is { } previous)
                {
                    var elapsed = at - previous;
                    var category = Charge(stack, categoryOf);
                    if (frames[stack[^1]] == "CPU_TIME" && !(stack.Count > 1 && isWait[stack[^2]]))
                    {
                        managed += elapsed;
                        byCategory[category] += elapsed;
                    }
                    else
                    {
                        native += elapsed;
                        nativeInOurs += category == 0 ? elapsed : 0;
                    }
                }

                last = at;
                if (evt.GetProperty("type").GetString() == "O")
                {
                    stack.Add(evt.GetProperty("frame").GetInt32());
                }
                else if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
        }

        var named = Categories.Select((c, i) => (c.Name, byCategory[i])).Append(("the rest (declarations, symbols, parsing, emit, …)", byCategory[^1]))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        return new Profile(managed, native, named, nativeInOurs);
    }

    /// <summary>Per figure, the median over several traces of the same command line.</summary>
    public static Profile Median(IReadOnlyList<Profile> profiles)
        => new(
            Statistics.Median(profiles.Select(p => p.ManagedMs).ToArray()),
            Statistics.Median(profiles.Select(p => p.NativeMs).ToArray()),
            profiles[0].ManagedByCategory.Keys.ToDictionary(k => k, k => Statistics.Median(profiles.Select(p => p.ManagedByCategory[k]).ToArray()), StringComparer.Ordinal),
            Statistics.Median(profiles.Select(p => p.NativeInOursMs).ToArray()));

    /// <summary>The category of the innermost frame that has one (our frames inside the driver are ours), or "the rest".</summary>
    private static int Charge(List<int> stack, int[] categoryOf)
    {
        var best = Categories.Length;
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var category = categoryOf[stack[i]];
            if (category >= 0)
            {
                // Ours wins wherever it is; otherwise the innermost categorised frame decides.
                if (category == 0)
                {
                    return 0;
                }

                best = best == Categories.Length ? category : best;
            }
        }

        return best;
    }

    /// <summary>A table: each category's managed thread time per trace, and the difference of each trace to the first.</summary>
    public static void Print(TextWriter log, IReadOnlyList<(string Name, Profile Profile)> traces)
    {
        var baseline = traces[0];
        log.WriteLine();
        log.WriteLine("Where the managed CPU samples fall (dotnet-trace, sampled thread time; ms of thread time, share of the trace, difference to " + baseline.Name + "):");
        log.WriteLine();
        log.WriteLine("| samples | " + string.Join(" | ", traces.Select(t => t.Name)) + " |");
        log.WriteLine("| --- |" + string.Concat(traces.Select(_ => " ---: |")));
        foreach (var category in baseline.Profile.ManagedByCategory.Keys)
        {
            log.WriteLine($"| {category} | " + string.Join(" | ", traces.Select(t => Cell(t.Profile.ManagedByCategory[category], t.Profile.ManagedMs, baseline.Profile.ManagedByCategory[category], t == baseline))) + " |");
        }

        log.WriteLine("| all managed samples | " + string.Join(" | ", traces.Select(t => Cell(t.Profile.ManagedMs, t.Profile.ManagedMs, baseline.Profile.ManagedMs, t == baseline))) + " |");
        log.WriteLine("| native samples under our frames (JIT of our code, waits) | " + string.Join(" | ", traces.Select(t => t.Profile.NativeInOursMs.ToString("0", CultureInfo.InvariantCulture))) + " |");
    }

    private static string Cell(double value, double total, double baseline, bool isBaseline)
        => string.Create(CultureInfo.InvariantCulture, $"{value:0} ({value / total:0.0%})")
            + (isBaseline ? "" : string.Create(CultureInfo.InvariantCulture, $", {value - baseline:+0;-0}"));
}
