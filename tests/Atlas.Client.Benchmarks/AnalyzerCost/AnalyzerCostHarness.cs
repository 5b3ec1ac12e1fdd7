using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// Analyzer cost: a generated 1,000-file project is rebuilt with and without our analyzer assemblies (the
/// Generators and CodeFixes DLLs, i.e. whatever generator and analyzers they hold), in turn, several times; the
/// ratio of medians is reported for the whole `dotnet build` and for the compiler task alone. A third build kind
/// compiles, without our assemblies, the very clients the generator wrote as plain source files: the difference
/// between it and the with-build is what running our generator and analyzers costs, the rest is compiling the code
/// they add. Each build is checked: the generated clients are in the output assembly exactly when they should be.
/// </summary>
internal static partial class AnalyzerCostHarness
{
    private const double Target = 1.03;

    /// <summary>A generated client type the with-analyzers build must contain (the synthetic project's first client).</summary>
    private const string ProbeClientName = "Project0000SnapshotsClient";

    public sealed record Options(int Files, int Iterations, bool ReportAnalyzer, string Directory, bool SharedCompiler = false, int Traces = 0, bool ReduceTracesOnly = false, bool CompilerOnly = false, bool CompilerServer = false, bool JitSummary = false, int Instructions = 0)
    {
        /// <summary>
        /// Variables set for the compiler processes of the compiler-alone runs (<c>--compiler-env NAME=VALUE</c>);
        /// immutable, so that copies made with <c>with</c> never share a setting added to one of them.
        /// </summary>
        public ImmutableDictionary<string, string> CompilerEnvironment { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

        public static Options Parse(IReadOnlyList<string> args)
        {
            var result = new Options(1000, 5, ReportAnalyzer: false, Path.Combine(Path.GetTempPath(), "atlas-analyzer-cost"));
            for (var i = 0; i < args.Count; i++)
            {
                var value = i + 1 < args.Count ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--files":
                        result = result with { Files = PositiveInt(args[i], value) };
                        i++;
                        break;
                    case "--iterations":
                        result = result with { Iterations = PositiveInt(args[i], value) };
                        i++;
                        break;
                    case "--shared-compiler":
                        // As a developer's inner loop builds: MSBuild nodes and the compiler server stay warm between builds.
                        result = result with { SharedCompiler = true };
                        break;
                    case "--trace":
                        // N CPU-sampling traces of each compiler command line (dotnet-trace), reduced to where the samples fall.
                        result = result with { Traces = PositiveInt(args[i], value) };
                        i++;
                        break;
                    case "--reduce-traces":
                        // Only re-read the traces an earlier --trace run left in the project's obj folder.
                        result = result with { ReduceTracesOnly = true };
                        break;
                    case "--compiler-only":
                        // Only the compiler-alone runs (after the set-up builds they need): more iterations in the same time.
                        result = result with { CompilerOnly = true };
                        break;
                    case "--compiler-server":
                        // The compiler-alone runs go through a warm compiler server of the harness's own, as `dotnet build`
                        // compiles by default, instead of a fresh compiler process each.
                        result = result with { CompilerServer = true };
                        break;
                    case "--compiler-env":
                        // E.g. DOTNET_TieredCompilation=0: what the runtime's tiered JIT of the compiler adds to the
                        // fresh-process figures, and to their spread.
                        var (name, setting) = EnvironmentSetting(args[i], value);
                        result = result with { CompilerEnvironment = result.CompilerEnvironment.SetItem(name, setting) };
                        i++;
                        break;
                    case "--jit-summary":
                        // One fresh compilation each way with the runtime's JIT summary: how many methods, at which tier.
                        result = result with { JitSummary = true, CompilerOnly = true };
                        break;
                    case "--instructions":
                        // N fresh compilations of each kind under valgrind, counted in instructions: the work, without the
                        // machine's load in it.
                        result = result with { Instructions = PositiveInt(args[i], value), CompilerOnly = true };
                        i++;
                        break;
                    case "--report-analyzer":
                        result = result with { ReportAnalyzer = true };
                        break;
                    case "--dir":
                        // Keep it outside the repository: the repo's Directory.Build.* must not apply to a "user" project.
                        result = result with { Directory = value ?? throw new ArgumentException("--dir needs a path.") };
                        i++;
                        break;
                    default:
                        throw new ArgumentException($"Unknown analyzer-cost option '{args[i]}'. Known: --files N, --iterations N, --shared-compiler, --report-analyzer, --trace N, --reduce-traces, --compiler-only, --compiler-server, --compiler-env NAME=VALUE, --jit-summary, --instructions N, --dir PATH.");
                }
            }

            return result switch
            {
                { CompilerOnly: true, SharedCompiler: true, JitSummary: false } => throw new ArgumentException("--compiler-only runs only the compiler-alone measurement, which --shared-compiler skips (its builds share a server the harness does not own); use --compiler-server for a warm compiler."),
                { Instructions: > 0, JitSummary: true } => throw new ArgumentException("--instructions and --jit-summary each replace the timed compiler-alone runs; run them one at a time."),
                { Instructions: > 0, CompilerServer: true } => throw new ArgumentException("--instructions counts fresh compiler processes; a compiler server's count would be the server's whole life, not one compilation."),
                { Instructions: > 0, SharedCompiler: true } => throw new ArgumentException("--instructions counts fresh compiler processes, which --shared-compiler does not run."),
                { Instructions: > 0, Traces: > 0 } => throw new ArgumentException("--instructions and --trace each replace the timed compiler-alone runs; run them one at a time."),
                _ => result,
            };
        }

        private static (string Name, string Value) EnvironmentSetting(string option, string? value)
        {
            var equals = value?.IndexOf('=', StringComparison.Ordinal) ?? -1;
            return equals > 0
                ? (value![..equals], value[(equals + 1)..])
                : throw new ArgumentException($"{option} needs NAME=VALUE, got '{value}'.");
        }

        private static int PositiveInt(string name, string? value)
            => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{name} needs a positive whole number, got '{value}'.");
    }

    /// <summary>
    /// One build: wall time, the Csc task's time, and the CPU time (user + system) of the whole build process tree,
    /// which other people's work on a shared machine does not inflate. The build runs isolated for that (no MSBuild
    /// node reuse, no shared compiler server: both would run part of it in processes this harness does not wait for).
    /// </summary>
    private readonly record struct BuildSample(double WallSeconds, double CscSeconds, double? CpuSeconds, IReadOnlyDictionary<string, int> AtlasDiagnostics);

    /// <summary>What one build compiles.</summary>
    internal enum BuildKind
    {
        /// <summary>The project alone: no Atlas.Client analyzer assembly, no generated clients.</summary>
        Without,

        /// <summary>The project with our analyzer assemblies, as a user of the package builds it.</summary>
        With,

        /// <summary>No analyzer assembly of ours, but the clients a with-build generated, as ordinary source files.</summary>
        GeneratedAsSource,

        /// <summary>
        /// The compiler alone only: no analyzer assembly of ours, but a generator that adds the clients a with-build
        /// generated, verbatim, without analysing anything.
        /// </summary>
        Replayed,
    }

    public static int Run(Options options, TextWriter log)
    {
        if (options.ReduceTracesOnly)
        {
            PrintTraces(log, Path.Combine(options.Directory, "obj"));
            return 0;
        }

        var analyzers = new[] { RepositoryPaths.AtlasGeneratorAssembly, RepositoryPaths.AtlasCodeFixesAssembly };
        var project = SyntheticProject.Write(
            options.Directory,
            options.Files,
            Path.Combine(AppContext.BaseDirectory, "Atlas.Client.dll"),
            Path.Combine(AppContext.BaseDirectory, "Microsoft.Extensions.Logging.Abstractions.dll"),
            analyzers);
        log.WriteLine($"analyzer cost: {options.Files} files in {options.Directory}, {WhatRuns(options)}");
        log.WriteLine($"  analyzers: {string.Join(", ", analyzers)}");
        ProcessRunner.RunChecked("dotnet", ["restore", project], options.Directory);

        Build(project, BuildKind.Without, options.SharedCompiler);
        CaptureGeneratedClients(project, options.SharedCompiler);
        Build(project, BuildKind.GeneratedAsSource, options.SharedCompiler);
        var kinds = new[] { BuildKind.Without, BuildKind.With, BuildKind.GeneratedAsSource };
        var samples = kinds.ToDictionary(k => k, _ => new List<BuildSample>());
        for (var i = 0; i < (options.CompilerOnly ? 0 : options.Iterations); i++)
        {
            // Rotate which goes first so drift in machine load is shared out evenly.
            for (var k = 0; k < kinds.Length; k++)
            {
                var kind = kinds[(i + k) % kinds.Length];
                samples[kind].Add(Build(project, kind, options.SharedCompiler));
            }
        }

        if (!options.CompilerOnly)
        {
            PrintTable(log, options, samples[BuildKind.Without], samples[BuildKind.With], samples[BuildKind.GeneratedAsSource]);
        }

        if (options.JitSummary)
        {
            var directory = Path.GetDirectoryName(project)!;
            var without = CaptureCompilerCall(project, BuildKind.Without);
            JitSummary.Print(log, directory, without, ReplayCall(directory, without), CaptureCompilerCall(project, BuildKind.With), options.CompilerEnvironment);
        }
        else if (options.Instructions > 0)
        {
            CountInstructions(log, project, options.Instructions, options.CompilerEnvironment);
        }
        else if (!options.SharedCompiler)
        {
            var calls = MeasureCompilerAlone(log, project, options.Iterations, options.CompilerServer, options.CompilerEnvironment);
            if (options.Traces > 0)
            {
                TraceCompiler(log, Path.GetDirectoryName(project)!, calls, options.Traces);
            }
        }

        if (options.ReportAnalyzer)
        {
            PrintAnalyzerReport(log, project, options.SharedCompiler);
        }

        return 0;
    }

    /// <summary>The banner's account of what this run measures, so that it never names runs the options skip.</summary>
    private static string WhatRuns(Options options)
    {
        var server = options.CompilerServer ? " through the compiler server" : " in a fresh compiler process each";
        return options switch
        {
            { JitSummary: true } => "one compilation each way (without, replayed, with) with the JIT's summary",
            { Instructions: > 0 } => $"the compiler alone only, {options.Instructions} fresh compilation(s) each way under valgrind, counted in instructions",
            { CompilerOnly: true } => $"the compiler alone only, {options.Iterations} run(s) each way{server}",
            { SharedCompiler: true } => $"{options.Iterations} rebuild(s) each way after one warm-up each, MSBuild nodes and compiler server shared",
            _ => $"{options.Iterations} rebuild(s) each way after one warm-up each, then the compiler alone {options.Iterations} time(s) each way{server}",
        };
    }

    /// <summary>Names the variables set for the compiler processes, under a table measured with them.</summary>
    internal static void WriteCompilerEnvironment(TextWriter log, IReadOnlyDictionary<string, string> environment)
    {
        if (environment.Count > 0)
        {
            log.WriteLine($"(compiler environment: {string.Join(", ", environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value))})");
        }
    }

    /// <summary>
    /// A with-build (also the with-kind's warm-up) that writes the generator's output to disk; our clients are copied to
    /// the project's <see cref="SyntheticProject.GeneratedClientsFolder"/> for <see cref="BuildKind.GeneratedAsSource"/>.
    /// </summary>
    private static void CaptureGeneratedClients(string project, bool sharedCompiler)
    {
        var directory = Path.GetDirectoryName(project)!;
        var capture = Path.Combine(directory, "obj", "generated-capture");
        var clients = Path.Combine(directory, SyntheticProject.GeneratedClientsFolder);
        foreach (var stale in new[] { capture, clients })
        {
            if (Directory.Exists(stale))
            {
                Directory.Delete(stale, recursive: true);
            }
        }

        Build(project, BuildKind.With, sharedCompiler, ["-p:EmitCompilerGeneratedFiles=true", $"-p:CompilerGeneratedFilesOutputPath={capture}"]);
        var ours = Path.Combine(capture, Path.GetFileNameWithoutExtension(RepositoryPaths.AtlasGeneratorAssembly));
        var files = Directory.Exists(ours) ? Directory.GetFiles(ours, "*.cs", SearchOption.AllDirectories) : [];
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"The with-build wrote no generated client under {ours}.");
        }

        Directory.CreateDirectory(clients);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(clients, Path.GetFileName(file)));
        }
    }

    private static BuildSample Build(string project, BuildKind kind, bool sharedCompiler, string[]? extraArguments = null)
    {
        var cpuBefore = CpuTime.WaitedChildren();
        var result = ProcessRunner.RunChecked(
            "dotnet",
            [
                .. BuildArguments(project, sharedCompiler), "-clp:PerformanceSummary",
                $"-p:AtlasAnalyzers={(kind == BuildKind.With ? "true" : "false")}",
                $"-p:AtlasGeneratedAsSource={(kind == BuildKind.GeneratedAsSource ? "true" : "false")}",
                .. extraArguments ?? [],
            ],
            Path.GetDirectoryName(project)!);
        // With the compiler server the compilation runs in a process nobody waits for: no CPU figure then.
        var cpu = sharedCompiler ? null : CpuTime.WaitedChildren() - cpuBefore;
        var csc = CscTime().Match(result.Output);
        if (!csc.Success)
        {
            throw new InvalidOperationException($"No Csc line in the build's performance summary:{Environment.NewLine}{ProcessRunner.Tail(result.Output, 40)}");
        }

        var output = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "net10.0", "Bench.dll");
        var hasClients = ContainsAscii(File.ReadAllBytes(output), ProbeClientName);
        if (hasClients != (kind != BuildKind.Without))
        {
            throw new InvalidOperationException(
                $"The {kind} build {(hasClients ? "contains" : "lacks")} the generated {ProbeClientName}: the toggle does not work.");
        }

        // MSBuild repeats every warning in its closing summary: count distinct lines.
        var diagnostics = AtlasDiagnostic().Matches(result.Output)
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal)
            .Select(line => AtlasDiagnostic().Match(line).Groups["id"].Value)
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new BuildSample(result.Elapsed.TotalSeconds, double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture) / 1000, cpu?.TotalSeconds, diagnostics);
    }

    /// <summary>
    /// The compiler alone: the csc command lines MSBuild runs with and without our assemblies, captured from a detailed
    /// build log, each run directly, in turn, <paramref name="iterations"/> times. No MSBuild around it, so this is the
    /// most direct figure of what our generator and analyzers add to a compilation (the whole build's other work is the
    /// same either way, but its noise is not). A third command line, the without-one plus a generator that adds our
    /// generator's captured output verbatim (<see cref="ReplayGeneratorBuilder"/>), splits that figure in two: what any
    /// generator adding this text costs the compiler (its second compilation, binding the added code), and what our
    /// generator and analyzers compute on top. A fourth, the without-one with the same clients as ordinary source files,
    /// splits the first part again: compiling the clients' code, and adding it as generated sources.
    /// </summary>
    private static Dictionary<BuildKind, (string Compiler, string ResponseFile)> MeasureCompilerAlone(TextWriter log, string project, int iterations, bool throughServer, IReadOnlyDictionary<string, string> environment)
    {
        var directory = Path.GetDirectoryName(project)!;
        var calls = CaptureCompilerCalls(project);
        var with = calls[BuildKind.With];
        var kinds = calls.Keys.ToArray();
        var samples = kinds.ToDictionary(k => k, _ => new List<(double Cpu, double Wall)>());
        using var server = throughServer ? new CompilerServer(environment) : null;

        // Untimed warm-ups first (one each; through the server, three each, so its JIT has settled), then in turn,
        // rotating which goes first.
        var warmUps = throughServer ? 3 : 1;
        for (var i = -warmUps; i < iterations; i++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var kind = kinds[(i + warmUps + k) % kinds.Length];
                var call = calls[kind];
                double? cpu;
                double wall;
                string output;
                if (server is not null)
                {
                    var sample = server.Compile(call.Compiler, call.ResponseFile, directory);
                    (cpu, wall, output) = (sample.CpuSeconds, sample.WallSeconds, sample.Output);
                }
                else
                {
                    var cpuBefore = CpuTime.WaitedChildren();
                    var result = ProcessRunner.RunChecked(call.Compiler, ["@" + call.ResponseFile], directory, environment);
                    cpu = (CpuTime.WaitedChildren() - cpuBefore)?.TotalSeconds;
                    (wall, output) = (result.Elapsed.TotalSeconds, result.Output);
                }

                CheckCompilerRun(kind, directory, call.ResponseFile, output);
                if (i >= 0)
                {
                    samples[kind].Add((cpu ?? double.NaN, wall));
                }
            }
        }

        string Row(string what, Func<(double Cpu, double Wall), double> pick)
        {
            var a = samples[BuildKind.Without].Select(pick).ToArray();
            var b = samples[BuildKind.With].Select(pick).ToArray();
            var c = samples[BuildKind.Replayed].Select(pick).ToArray();
            return ComparisonCells(what, a, b) + ThirdKindCells(a, b, c);
        }

        log.WriteLine();
        log.WriteLine(throughServer
            ? $"The compiler alone, through a warm compiler server: MSBuild's csc command line run with /shared ({Path.GetFileName(with.Compiler)} @rsp /shared:pipe), the server's CPU time per compilation, median of {iterations} (min..max):"
            : $"The compiler alone: MSBuild's csc command line run directly ({Path.GetFileName(with.Compiler)} @rsp), median of {iterations} (min..max):");
        WriteCompilerEnvironment(log, environment);

        log.WriteLine("(\"replayed\": no assembly of ours; a generator that adds the text our generator wrote, verbatim, and analyses nothing; with/replayed = what our generator and analyzers compute)");
        log.WriteLine("(\"source\": no assembly of ours and no generator; the same clients as ordinary source files; replayed/source = what adding them as generated sources costs)");
        log.WriteLine();
        log.WriteLine("| measure | without Atlas.Client analyzers | with | ratio | target | met | replayed, no analysis | replayed/without | with/replayed |");
        log.WriteLine("| --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |");
        if (samples.Values.SelectMany(v => v).All(v => !double.IsNaN(v.Cpu)))
        {
            log.WriteLine(Row("compilation, CPU time", v => v.Cpu));
        }

        log.WriteLine(Row("compilation, wall time", v => v.Wall));

        PrintRatioTable(log, $"Paired ratios, median of the {iterations} iterations' own ratios (min..max):", samples, PairedRatio);
        PrintRatiosOfMinima(log, samples, iterations);

        return calls;
    }

    /// <summary>The four command lines the compiler-alone runs compile, captured from MSBuild (and the replay built).</summary>
    private static Dictionary<BuildKind, (string Compiler, string ResponseFile)> CaptureCompilerCalls(string project)
    {
        var without = CaptureCompilerCall(project, BuildKind.Without);
        return new Dictionary<BuildKind, (string Compiler, string ResponseFile)>
        {
            [BuildKind.Without] = without,
            [BuildKind.With] = CaptureCompilerCall(project, BuildKind.With),
            [BuildKind.Replayed] = ReplayCall(Path.GetDirectoryName(project)!, without),
            // The same clients as ordinary source files: replayed over this is what adding them as generated sources
            // costs (the driver's work and the second compilation), apart from compiling the code itself.
            [BuildKind.GeneratedAsSource] = CaptureCompilerCall(project, BuildKind.GeneratedAsSource),
        };
    }

    /// <summary>
    /// <paramref name="count"/> CPU-sampling traces of each compiler command line, in turn; per category, the median.
    /// </summary>
    private static void TraceCompiler(TextWriter log, string directory, Dictionary<BuildKind, (string Compiler, string ResponseFile)> calls, int count)
    {
        var tool = CompilerTrace.FindTool()
            ?? throw new InvalidOperationException("--trace needs dotnet-trace: dotnet tool install -g dotnet-trace");
        foreach (var stale in Directory.GetFiles(Path.Combine(directory, "obj"), "trace-*"))
        {
            File.Delete(stale);
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var kind in TracedKinds)
            {
                CompilerTrace.Collect(tool, directory, $"{kind}-{i}", calls[kind]);
            }
        }

        PrintTraces(log, Path.Combine(directory, "obj"));
    }

    private static readonly BuildKind[] TracedKinds = [BuildKind.Without, BuildKind.Replayed, BuildKind.With];

    /// <summary>The traces in <paramref name="folder"/>, reduced; per kind and category, the median over its traces.</summary>
    private static void PrintTraces(TextWriter log, string folder)
    {
        var profiles = TracedKinds.ToDictionary(
            k => k,
            k => Directory.GetFiles(folder, $"trace-{k}-*.speedscope.json").Order(StringComparer.Ordinal).Select(CompilerTrace.Reduce).ToList());
        if (profiles.Values.Any(p => p.Count == 0))
        {
            throw new InvalidOperationException($"No trace of every kind ({string.Join(", ", TracedKinds)}) in {folder}: run with --trace N first.");
        }

        CompilerTrace.Print(log, TracedKinds.Select(k => (k.ToString(), CompilerTrace.Median(profiles[k]))).ToList());
        log.WriteLine($"(median of {profiles.Values.Min(p => p.Count)}..{profiles.Values.Max(p => p.Count)} trace(s) each; traces in {folder}/trace-*.nettrace, open them in PerfView or speedscope.app)");
    }

    /// <summary>
    /// A direct compiler run must do what its kind says: only the with-run reports ATLAS0001, and every run but the
    /// without-one puts the generated clients into the assembly.
    /// </summary>
    private static void CheckCompilerRun(BuildKind kind, string directory, string responseFile, string output)
    {
        if (output.Contains("ATLAS0001", StringComparison.Ordinal) != (kind == BuildKind.With))
        {
            throw new InvalidOperationException($"The direct {kind} compilation {(kind == BuildKind.With ? "lacks" : "has")} ATLAS0001: the captured command lines are wrong.");
        }

        var assembly = OutputAssembly().Match(File.ReadAllText(responseFile));
        if (!assembly.Success)
        {
            throw new InvalidOperationException($"No /out: in {responseFile}.");
        }

        var hasClients = ContainsAscii(File.ReadAllBytes(Path.Combine(directory, assembly.Groups["path"].Value)), ProbeClientName);
        if (hasClients != (kind != BuildKind.Without))
        {
            throw new InvalidOperationException($"The direct {kind} compilation {(hasClients ? "contains" : "lacks")} the generated {ProbeClientName}.");
        }
    }

    /// <summary>The without-command line plus the replay generator, carrying the clients a with-build generated.</summary>
    private static (string Compiler, string ResponseFile) ReplayCall(string directory, (string Compiler, string ResponseFile) without)
    {
        var clients = Directory.GetFiles(Path.Combine(directory, SyntheticProject.GeneratedClientsFolder), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileName(file), File.ReadAllText(file)))
            .ToList();
        var generator = ReplayGeneratorBuilder.Build(Path.Combine(directory, "obj", "replay-generator"), clients);
        var arguments = File.ReadAllText(without.ResponseFile).TrimEnd() + $" /analyzer:\"{generator}\"";
        var responseFile = Path.Combine(directory, "obj", $"csc-{BuildKind.Replayed}.rsp");
        File.WriteAllText(responseFile, arguments);
        return (without.Compiler, responseFile);
    }

    /// <summary>"| what | without | with | ratio | target | met" (no closing bar): the cells both tables start with.</summary>
    private static string ComparisonCells(string what, double[] without, double[] with)
    {
        var ratio = Statistics.Median(with) / Statistics.Median(without);
        var met = ratio <= Target ? "yes" : string.Create(CultureInfo.InvariantCulture, $"no, +{(ratio - 1) * 100:0.0}% (target +3%)");
        return string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {MedianAndSpread(without)} | {MedianAndSpread(with)} | {ratio:0.000} | ≤ 1.03× | {met}");
    }

    /// <summary>
    /// " | third | third/without | with/third |": the cells of a third kind of build (the clients as plain source, or
    /// replayed by a generator that analyses nothing), which splits the with/without ratio in two.
    /// </summary>
    private static string ThirdKindCells(double[] without, double[] with, double[] third)
        => string.Create(CultureInfo.InvariantCulture,
            $" | {MedianAndSpread(third)} | {Statistics.Median(third) / Statistics.Median(without):0.000} | {Statistics.Median(with) / Statistics.Median(third):0.000} |");

    private static string MedianAndSpread(double[] values)
        => string.Create(CultureInfo.InvariantCulture, $"{Statistics.Median(values):0.00} s ({Statistics.Spread(values, "0.00")})");

    /// <summary>The compiler and its arguments (as a response file) for one kind of build, from a detailed build log.</summary>
    private static (string Compiler, string ResponseFile) CaptureCompilerCall(string project, BuildKind kind)
    {
        var directory = Path.GetDirectoryName(project)!;
        var result = ProcessRunner.RunChecked(
            "dotnet",
            [
                .. BuildArguments(project, sharedCompiler: false), "-v:d",
                $"-p:AtlasAnalyzers={(kind == BuildKind.With ? "true" : "false")}",
                $"-p:AtlasGeneratedAsSource={(kind == BuildKind.GeneratedAsSource ? "true" : "false")}",
            ],
            directory);
        var line = result.Output.Split('\n').Select(l => CscCommandLine().Match(l.Trim())).FirstOrDefault(m => m.Success)
            ?? throw new InvalidOperationException($"No csc command line in the detailed log of the {kind} build:{Environment.NewLine}{ProcessRunner.Tail(result.Output, 40)}");
        var responseFile = Path.Combine(directory, "obj", $"csc-{kind}.rsp");
        File.WriteAllText(responseFile, line.Groups["arguments"].Value);
        return (line.Groups["compiler"].Value, responseFile);
    }

    private static string[] BuildArguments(string project, bool sharedCompiler)
        => sharedCompiler
            ? ["build", project, "-c", "Release", "--no-restore", "--no-incremental", "-nologo"]
            : ["build", project, "-c", "Release", "--no-restore", "--no-incremental", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"];

    private static bool ContainsAscii(byte[] haystack, string needle)
        => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    private static void PrintTable(TextWriter log, Options options, List<BuildSample> without, List<BuildSample> with, List<BuildSample> generatedAsSource)
    {
        string Row(string what, Func<BuildSample, double> pick)
        {
            var a = without.Select(pick).ToArray();
            var b = with.Select(pick).ToArray();
            var c = generatedAsSource.Select(pick).ToArray();
            return ComparisonCells(what, a, b) + ThirdKindCells(a, b, c);
        }

        log.WriteLine();
        log.WriteLine($"{options.Files}-file project, `{string.Join(' ', BuildArguments("Bench.csproj", options.SharedCompiler).Prepend("dotnet"))}`, median of {options.Iterations} (min..max):");
        log.WriteLine("(\"same code\": no assembly of ours, the generated clients compiled as plain source; with/same = what running our generator and analyzers costs)");
        log.WriteLine();
        log.WriteLine("| measure | without Atlas.Client analyzers | with | with/without | target | met | same code, no analyzers | same/without | with/same |");
        log.WriteLine("| --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |");
        if (without.Concat(with).Concat(generatedAsSource).All(b => b.CpuSeconds is not null))
        {
            log.WriteLine(Row("whole build, CPU time of the process tree", s => s.CpuSeconds!.Value));
        }

        log.WriteLine(Row("whole build, wall time", s => s.WallSeconds));
        log.WriteLine(Row("compiler task (Csc)", s => s.CscSeconds));
        if (without.Concat(with).Concat(generatedAsSource).All(b => b.CpuSeconds is not null))
        {
            // The steadier figure on a noisy machine (see PrintRatiosOfMinima): the least disturbed build of each kind.
            double[] Cpu(List<BuildSample> builds) => builds.Select(b => b.CpuSeconds!.Value).ToArray();
            log.WriteLine();
            log.WriteLine("Whole build, CPU time, ratios of minima (all builds; first half; second half):");
            log.WriteLine($"with/without {RatioOfMinima(Cpu(with), Cpu(without))}, same/without {RatioOfMinima(Cpu(generatedAsSource), Cpu(without))}, with/same {RatioOfMinima(Cpu(with), Cpu(generatedAsSource))}");
        }

        var reported = with.Last().AtlasDiagnostics;
        log.WriteLine();
        log.WriteLine(reported.Count == 0
            ? "Our analyzers reported no ATLAS diagnostic in this project."
            : "Diagnostics our analyzers reported in the with-build: " + string.Join(", ", reported.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} ×{p.Value}")));
    }

    /// <summary>One more build with -p:ReportAnalyzer=true; prints the compiler's per-assembly analyzer and generator times.</summary>
    private static void PrintAnalyzerReport(TextWriter log, string project, bool sharedCompiler)
    {
        var result = ProcessRunner.RunChecked(
            "dotnet", [.. BuildArguments(project, sharedCompiler), "-v:d", "-p:AtlasAnalyzers=true", "-p:ReportAnalyzer=true"], Path.GetDirectoryName(project)!);
        log.WriteLine();
        log.WriteLine("-p:ReportAnalyzer=true (compiler's own accounting, with-build):");
        var inReport = false;
        foreach (var raw in result.Output.Split('\n'))
        {
            var line = raw.Trim();
            inReport |= line.StartsWith("Total analyzer execution time", StringComparison.Ordinal);
            if (!inReport)
            {
                continue;
            }

            if (line.StartsWith("Done executing task", StringComparison.Ordinal))
            {
                break;
            }

            // The totals, the table headers and our assemblies' rows; everything else is other people's analyzers.
            if (line.StartsWith("Total ", StringComparison.Ordinal) || line.StartsWith("Time (s)", StringComparison.Ordinal) || line.Contains("Atlas.Client", StringComparison.Ordinal))
            {
                log.WriteLine("  " + line);
            }
        }
    }

    /// <summary>The Csc task's logged command line: the compiler (csc apphost or csc.dll host) and everything after it.</summary>
    [GeneratedRegex(@"^(?<compiler>\S*[/\\]csc(\.exe)?) (?<arguments>/noconfig .*)$")]
    private static partial Regex CscCommandLine();

    [GeneratedRegex(@"/out:(?:""(?<path>[^""]+)""|(?<path>\S+))")]
    private static partial Regex OutputAssembly();

    [GeneratedRegex(@"/refout:(?:""(?<path>[^""]+)""|(?<path>\S+))")]
    private static partial Regex ReferenceAssemblyOutput();

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTime();

    [GeneratedRegex(@"^.*warning (?<id>ATLAS\d+).*$", RegexOptions.Multiline)]
    private static partial Regex AtlasDiagnostic();
}
