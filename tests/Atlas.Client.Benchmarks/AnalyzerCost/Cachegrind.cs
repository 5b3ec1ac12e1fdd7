using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// Runs one compiler command line under Valgrind's cachegrind and reads back how many instructions the process
/// executed: every thread, the runtime, the JIT and the code it compiled. On this shared 2-core machine the same
/// compilation's CPU time varies by ±15% from run to run, more than the 3% being judged; an instruction count does not
/// depend on what else the machine runs, so two compilations can be compared in one run each. What a count cannot see
/// is what an instruction costs (cache misses, stalls); it is the work, not the time.
/// </summary>
internal static partial class Cachegrind
{
    /// <summary>
    /// What the .NET runtime needs to run under valgrind, and what keeps a count that of a native run. Neither of the
    /// first two changes what the compiler computes.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> RuntimeSettings = new Dictionary<string, string>
    {
        // The GC reserves 256 GiB of address space up front, more than valgrind maps: CoreCLR would not start.
        ["DOTNET_GCRegionRange"] = "0x100000000",

        // Code pages mapped twice (writable and executable) crashed the compiler under valgrind (a NullReferenceException
        // in its lexer), as valgrind ran stale translations of code written through the other mapping.
        ["DOTNET_EnableWriteXorExecute"] = "0",

        // Tiering promotes methods on timers (a 100 ms call-counting delay, a background compiling thread). At valgrind's
        // ~20x slowdown those fire at other points of the compilation than natively, so a tiered count would stand for no
        // native run; untiered, every method not precompiled is compiled once, fully optimised, as the
        // DOTNET_TieredCompilation=0 timing series were. Taking the timer out (DOTNET_TC_CallCountingDelayMs=0) does not
        // help: every method called 30 times is then re-compiled at tier 1, and the without-compilation counted 172 G
        // instructions instead of 69 G. The other bound stays countable: --compiler-env DOTNET_TieredCompilation=1
        // --compiler-env DOTNET_TC_CallCounting=0 compiles every method once at tier 0 and never promotes, so no timer
        // decides anything (two runs of one compilation then differ by up to 0.8%).
        ["DOTNET_TieredCompilation"] = "0",

        // One thread of work (with /parallel- on the command line, see SingleThreaded): threads that wait for each other
        // spin for as long as the clock says, and under valgrind, which runs one thread at a time, that made two counts of
        // the same kind of compilation differ by 16%. The server GC's threads and the background GC would do the same.
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_gcConcurrent"] = "0",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The compiler's switch for one thread of work: appended, it overrides any earlier /parallel.</summary>
    public const string SingleThreaded = "/parallel-";

    /// <summary>The valgrind executable on the PATH, or null.</summary>
    public static string? FindTool() => ProcessRunner.FindOnPath("valgrind");

    /// <summary>
    /// One compilation under cachegrind (no cache simulation: only the instruction count, the fastest of its modes).
    /// Valgrind's own report goes to <paramref name="valgrindLog"/>, so the compiler's output stays apart for the checks.
    /// </summary>
    public static (long Instructions, string CompilerOutput) Compile(
        string valgrind, (string Compiler, string ResponseFile) call, string directory, IReadOnlyDictionary<string, string> environment, string valgrindLog)
    {
        var result = ProcessRunner.RunChecked(
            valgrind,
            ["--tool=cachegrind", "--cache-sim=no", "--smc-check=all-non-file", "--cachegrind-out-file=/dev/null", $"--log-file={valgrindLog}", call.Compiler, "@" + call.ResponseFile],
            directory,
            environment);
        return (InstructionsIn(File.ReadAllText(valgrindLog), valgrindLog), result.Output);
    }

    /// <summary>The count of cachegrind's summary line (<c>==PID== I   refs:      72,115,764,452</c>).</summary>
    public static long InstructionsIn(string valgrindLog, string source)
    {
        var match = InstructionsLine().Match(valgrindLog);
        return match.Success
            ? long.Parse(match.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No instruction count ('I refs:') in {source}:{Environment.NewLine}{ProcessRunner.Tail(valgrindLog, 20)}");
    }

    /// <summary>A count in billions, as the tables show it.</summary>
    public static string Billions(double instructions)
        => string.Create(CultureInfo.InvariantCulture, $"{instructions / 1e9:0.000} G");

    [GeneratedRegex(@"^==\d+== I\s+refs:\s+(?<count>\d{1,3}(?:,\d{3})*)\s*$", RegexOptions.Multiline)]
    private static partial Regex InstructionsLine();
}
