using System.Reflection;
using Atlas.Client.Benchmarks.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// The analyzer-cost harness's own tools, checked in seconds (its builds take minutes, so CI does not run them): the
/// replay generator compiles and adds exactly the text it is given, and the trace reduction charges samples to the
/// right categories.
/// </summary>
internal static class AnalyzerCostSmoke
{
    public static int Run(TextWriter log)
    {
        CheckReplayGenerator();
        log.WriteLine("  ok   the replay generator compiles and adds the text it is given, verbatim");
        CheckTraceReduction();
        log.WriteLine("  ok   a synthetic trace is charged to our frames, the generator driver, native time and waits as it should");
        if (CpuTime.IsAvailable)
        {
            CheckProcessCpu();
            log.WriteLine("  ok   a process's CPU time from /proc/PID/stat agrees with the thread's own clock (clock ticks converted right)");
        }

        CheckJitSummaryTiers();
        log.WriteLine("  ok   JIT summary lines of every tier the runtime names are put in the right column");
        CheckOptions();
        log.WriteLine("  ok   analyzer-cost options: --compiler-env settings stay with the copy that set them; contradictory options are refused");
        CheckInstructionCounting();
        log.WriteLine("  ok   --instructions: cachegrind's count is read whole, a report without one is refused, and each counted compilation writes to its own folder");
        return 0;
    }

    /// <summary>
    /// Options are copied with <c>with</c> for every switch; a compiler-environment setting must not leak into copies
    /// made before it, and a combination that would measure nothing must be refused rather than run for minutes.
    /// </summary>
    private static void CheckOptions()
    {
        var parsed = AnalyzerCostHarness.Options.Parse(["--compiler-env", "DOTNET_TieredCompilation=0", "--compiler-env", "DOTNET_TieredPGO=0", "--compiler-only"]);
        if (parsed.CompilerEnvironment.Count != 2 || parsed.CompilerEnvironment["DOTNET_TieredPGO"] != "0" || !parsed.CompilerOnly)
        {
            throw new InvalidOperationException($"--compiler-env parsed to {string.Join(", ", parsed.CompilerEnvironment)}, compiler-only {parsed.CompilerOnly}.");
        }

        var before = AnalyzerCostHarness.Options.Parse([]);
        var after = before with { CompilerEnvironment = before.CompilerEnvironment.SetItem("A", "1") };
        if (before.CompilerEnvironment.Count != 0 || after.CompilerEnvironment.Count != 1)
        {
            throw new InvalidOperationException("A compiler-environment setting added to one copy of the options reached another.");
        }

        foreach (var refused in new[]
        {
            new[] { "--compiler-env", "NOEQUALS" }, ["--compiler-only", "--shared-compiler"], ["--instructions", "2", "--jit-summary"],
            ["--instructions", "2", "--compiler-server"], ["--instructions", "0"], ["--instructions", "1", "--trace", "1"],
        })
        {
            try
            {
                AnalyzerCostHarness.Options.Parse(refused);
                throw new InvalidOperationException($"analyzer-cost {string.Join(' ', refused)} was accepted.");
            }
            catch (ArgumentException)
            {
            }
        }
    }

    /// <summary>
    /// The instruction counts decide a 3% question, so a misread count (a digit group lost, another process's line)
    /// must fail here; and two compilations run at once must not write the same assembly.
    /// </summary>
    private static void CheckInstructionCounting()
    {
        const string report = """
            ==27327== Cachegrind, a cache and branch-prediction profiler
            ==27327== Command: /usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/csc @csc-With.rsp
            ==27327== brk segment overflow in thread #1: can't grow to 0x485c000
            ==27327==
            ==27327== I   refs:      72,115,764,452
            """;
        if (Cachegrind.InstructionsIn(report, "a sample report") != 72_115_764_452)
        {
            throw new InvalidOperationException($"Read {Cachegrind.InstructionsIn(report, "a sample report")} instructions from the sample report.");
        }

        try
        {
            Cachegrind.InstructionsIn("==1== Process terminating with default action of signal 6 (SIGABRT)", "a crashed run");
            throw new InvalidOperationException("A valgrind report without a count was read as one.");
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("No instruction count", StringComparison.Ordinal))
        {
        }

        var directory = Directory.CreateTempSubdirectory("atlas-instructions-smoke").FullName;
        try
        {
            var original = Path.Combine(directory, "csc-With.rsp");
            File.WriteAllText(original, "/noconfig /out:obj/Release/net10.0/Bench.dll /refout:obj/Release/net10.0/refint/Bench.dll /generatedfilesout:obj/g Code/A.cs");
            var (compiler, responseFile) = AnalyzerCostHarness.SeparateOutput(directory, AnalyzerCostHarness.BuildKind.With, 1, ("csc", original));
            var expected = "/noconfig /out:\"obj/instructions/With-1/Bench.dll\" /refout:\"obj/instructions/With-1/refint/Bench.dll\" /generatedfilesout:obj/g Code/A.cs /parallel-";
            var rewritten = File.ReadAllText(responseFile);
            if (compiler != "csc" || rewritten != expected || !Directory.Exists(Path.Combine(directory, "obj", "instructions", "With-1", "refint")))
            {
                throw new InvalidOperationException($"The counted With-compilation's command line is '{rewritten}', expected '{expected}'.");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The compiler-server runs charge a compilation /proc/PID/stat's ticks; a unit error there (a wrong tick length)
    /// would scale every figure. Spin this thread for ~0.3 s of CPU: the process's CPU must grow by at least that
    /// (less one tick either side) and by no more than the wall time on every core.
    /// </summary>
    private static void CheckProcessCpu()
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var process = CpuTime.OfProcess(Environment.ProcessId);
        var thread = CpuTime.CurrentThread()!.Value;
        var spun = TimeSpan.Zero;
        var sink = 0UL;
        while (spun < TimeSpan.FromMilliseconds(300))
        {
            for (var i = 0; i < 100_000; i++)
            {
                sink = (sink * 6364136223846793005UL) + 1442695040888963407UL;
            }

            spun = CpuTime.CurrentThread()!.Value - thread;
        }

        var charged = CpuTime.OfProcess(Environment.ProcessId) - process;
        var ceiling = (wall.Elapsed * Environment.ProcessorCount) + TimeSpan.FromMilliseconds(20);
        if (charged < spun - TimeSpan.FromMilliseconds(20) || charged > ceiling)
        {
            throw new InvalidOperationException($"/proc/PID/stat charged {charged.TotalMilliseconds:0} ms for {spun.TotalMilliseconds:0} ms of this thread's CPU in {wall.Elapsed.TotalMilliseconds:0} ms wall (sink {sink}).");
        }
    }

    /// <summary>Lines as the .NET 10 runtime writes them, one of each tier spelling it uses.</summary>
    private static void CheckJitSummaryTiers()
    {
        (string Line, string Column)[] cases =
        [
            ("   1: JIT compiled System.Threading.Thread:GetThreadStaticsBase() [Tier0, IL size=18, code size=24]", "tier 0"),
            ("   2: JIT compiled System.SpanHelpers:SequenceCompareTo(byref,int,byref,int) [Instrumented Tier0, IL size=274, code size=689]", "instrumented tier 0"),
            ("   3: JIT compiled A:B() [Instrumented Tier1 with Static PGO, IL size=10, code size=20]", "instrumented tier 1"),
            ("   4: JIT compiled A:B() [Tier1 with Dynamic PGO, IL size=10, code size=20]", "tier 1"),
            ("   5: JIT compiled A:B() [Tier-0 switched to FullOpts, IL size=10, code size=20]", "full opts"),
            ("   6: JIT compiled A`2[int,Atlas.Client.X]:C(System.Collections.Generic.List`1[int]) [Tier1-OSR @0x1ca with Synthesized PGO, IL size=521, code size=892]", "OSR"),
        ];
        foreach (var (line, column) in cases)
        {
            if (JitSummary.Column(line) != column)
            {
                throw new InvalidOperationException($"JIT summary line '{line}' went to '{JitSummary.Column(line)}', not '{column}'.");
            }
        }

        // The per-step differences count methods by name and group them by their type's namespace.
        (string Actual, string Expected)[] names =
        [
            (JitSummary.MethodOf(cases[5].Line), "A`2[int,Atlas.Client.X]:C(System.Collections.Generic.List`1[int])"),
            (JitSummary.MethodOf(cases[0].Line), "System.Threading.Thread:GetThreadStaticsBase()"),
            (JitSummary.NamespaceOf("System.Collections.Immutable.ImmutableArray`1[Atlas.Client.X]:Add(Atlas.Client.X)"), "System.Collections.Immutable"),
            (JitSummary.NamespaceOf("Microsoft.CodeAnalysis.CSharp.Binder+Walker:Visit(int)"), "Microsoft.CodeAnalysis.CSharp"),
            (JitSummary.NamespaceOf("A:B()"), "(no namespace)"),
        ];
        foreach (var (actual, expected) in names)
        {
            if (actual != expected)
            {
                throw new InvalidOperationException($"JIT summary name '{actual}', expected '{expected}'.");
            }
        }
    }

    private static void CheckReplayGenerator()
    {
        var directory = Path.Combine(Path.GetTempPath(), "atlas-smoke-replay-" + Environment.ProcessId);
        try
        {
            // Quotes, backslashes and a line break, so the text survives being compiled in as a literal.
            const string Client = "// <auto-generated/>\nnamespace Shop { internal sealed class SnapshotsClient { const string R = \"a\\\\b\\\"c\"; } }\n";
            var path = ReplayGeneratorBuilder.Build(directory, [("Shop.SnapshotsClient.g.cs", Client)]);
            var type = Assembly.LoadFrom(path).GetType("ReplayOnly.ReplayGenerator", throwOnError: true)!;
            var generator = (IIncrementalGenerator)Activator.CreateInstance(type)!;
            var driver = CSharpGeneratorDriver.Create(generator.AsSourceGenerator());
            var result = driver.RunGenerators(CSharpCompilation.Create("Smoke")).GetRunResult();
            var source = result.Results.Single().GeneratedSources.Single();
            if (source.HintName != "Shop.SnapshotsClient.g.cs" || source.SourceText.ToString() != Client || source.SourceText.Encoding is null)
            {
                throw new InvalidOperationException($"The replay generator added '{source.HintName}' with different text or no encoding.");
            }
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (UnauthorizedAccessException)
                {
                    // The loaded assembly stays mapped on some systems; the temp folder is cleaned up with the machine.
                }
            }
        }
    }

    /// <summary>
    /// One thread: 10 ms in our code under the generator driver (ours wins), 5 ms in the driver, 3 ms native under our
    /// code, 7 ms in the finalizer's wait (not work).
    /// </summary>
    private static void CheckTraceReduction()
    {
        const string Trace = """
            {"shared":{"frames":[
              {"name":"Thread (1)"},
              {"name":"Atlas.Client.Generators!Atlas.Client.Generators.ClientGenerator.Parse()"},
              {"name":"Microsoft.CodeAnalysis!Microsoft.CodeAnalysis.GeneratorDriver.RunGeneratorsCore()"},
              {"name":"CPU_TIME"},
              {"name":"UNMANAGED_CODE_TIME"},
              {"name":"System.Private.CoreLib!System.GC.RunFinalizers()"}]},
             "profiles":[{"type":"evented","name":"Thread (1)","events":[
              {"type":"O","frame":0,"at":0},{"type":"O","frame":2,"at":0},{"type":"O","frame":1,"at":0},{"type":"O","frame":3,"at":0},
              {"type":"C","frame":3,"at":10},{"type":"C","frame":1,"at":10},{"type":"O","frame":3,"at":10},
              {"type":"C","frame":3,"at":15},{"type":"O","frame":1,"at":15},{"type":"O","frame":4,"at":15},
              {"type":"C","frame":4,"at":18},{"type":"C","frame":1,"at":18},{"type":"C","frame":2,"at":18},
              {"type":"O","frame":5,"at":18},{"type":"O","frame":3,"at":18},{"type":"C","frame":3,"at":25},{"type":"C","frame":5,"at":25},
              {"type":"C","frame":0,"at":25}]}]}
            """;
        var file = Path.Combine(Path.GetTempPath(), $"atlas-smoke-trace-{Environment.ProcessId}.speedscope.json");
        File.WriteAllText(file, Trace);
        try
        {
            var profile = CompilerTrace.Reduce(file);
            var ours = profile.ManagedByCategory.First(p => p.Key.StartsWith("our ", StringComparison.Ordinal)).Value;
            var driver = profile.ManagedByCategory.First(p => p.Key.StartsWith("generator driver", StringComparison.Ordinal)).Value;
            if (ours != 10 || driver != 5 || profile.ManagedMs != 15 || profile.NativeInOursMs != 3)
            {
                throw new InvalidOperationException(
                    $"Trace reduction: ours {ours}, driver {driver}, managed {profile.ManagedMs}, native in ours {profile.NativeInOursMs}; expected 10, 5, 15, 3.");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
