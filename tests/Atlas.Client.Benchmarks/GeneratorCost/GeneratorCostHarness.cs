using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Atlas.Client.Benchmarks.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>
/// Generator cost, both generators in this process through <see cref="CSharpGeneratorDriver"/>: a cold run on a fresh
/// driver and compilation, a run after an edit in an unrelated file, a run after editing one interface, a run after
/// adding one. Each phase is checked (no generator errors, every interface emitted, the edited route present in the
/// output afterwards), so a
/// fast figure can never come from a generator that silently did nothing.
/// </summary>
internal static class GeneratorCostHarness
{
    // Issue 13's targets (issue 6 had asked 1/50 and 1/10 after edits, below what a generator that binds can reach).
    private static readonly (string Phase, double Target, string TargetText)[] s_phases =
    [
        ("cold", 0.5, "≤ 0.5×"),
        ("unrelated edit", 0.25, "≤ 0.25×"),
        ("one-interface edit", 0.25, "≤ 0.25×"),
        ("added interface", 0.25, "≤ 0.25×"),
    ];

    public sealed record Options(int Interfaces, int Methods, int Iterations, string? AtlasGenerator = null)
    {
        public static Options Parse(IReadOnlyList<string> args, Options defaults)
        {
            var result = defaults;
            for (var i = 0; i < args.Count; i++)
            {
                var value = i + 1 < args.Count ? args[i + 1] : null;
                result = args[i] switch
                {
                    "--interfaces" => result with { Interfaces = PositiveInt(args[i], value) },
                    "--methods" => result with { Methods = PositiveInt(args[i], value) },
                    "--iterations" => result with { Iterations = PositiveInt(args[i], value) },
                    // Measure another build of our generator (a candidate branch) against the same Refit run.
                    "--atlas-generator" => result with { AtlasGenerator = value ?? throw new ArgumentException("--atlas-generator needs a path.") },
                    _ => throw new ArgumentException($"Unknown generator-cost option '{args[i]}'. Known: --interfaces N, --methods N, --iterations N, --atlas-generator PATH."),
                };
                i++;
            }

            return result;
        }

        private static int PositiveInt(string name, string? value)
            => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{name} needs a positive whole number, got '{value}'.");
    }

    /// <summary>
    /// One phase: wall time, the measuring thread's CPU time (RunGenerators does its work on the calling thread) and
    /// allocations. Ratios use CPU time where the OS provides it: on a machine shared with other builds it is the
    /// figure that other people's work does not inflate.
    /// </summary>
    private readonly record struct Sample(double WallMilliseconds, double? CpuMilliseconds, long Bytes)
    {
        public double Milliseconds => CpuMilliseconds ?? WallMilliseconds;
    }

    /// <summary>Runs the comparison; returns 0 when both generators ran correctly (targets are reported, not enforced).</summary>
    public static int Run(Options options, TextWriter log, bool reportTargets = true)
    {
        var references = References();
        var subjects = new List<GeneratorSubject>
        {
            new("Refit 16.4.0", Dialect.Refit, GeneratorLoader.Load(RepositoryPaths.RefitGeneratorAssembly), options.Interfaces, options.Methods, references),
            new("Atlas.Client", Dialect.Atlas, GeneratorLoader.Load(options.AtlasGenerator ?? RepositoryPaths.AtlasGeneratorAssembly), options.Interfaces, options.Methods, references),
            new("FAWMN floor", Dialect.Atlas, [new FloorGenerator().AsSourceGenerator()], options.Interfaces, options.Methods, references),
            new("syntax-only floor", Dialect.Atlas, [new SyntaxOnlyFloorGenerator().AsSourceGenerator()], options.Interfaces, options.Methods, references),
        };

        log.WriteLine($"generator cost: {options.Interfaces} interfaces × {options.Methods} methods, {options.Iterations} iteration(s) after one warm-up each");
        foreach (var subject in subjects)
        {
            log.WriteLine($"  {subject.Name}: {string.Join(", ", subject.Generators.Select(g => g.GetGeneratorType().FullName))}");
            // Warm-up: JIT both generators and the driver paths before anything is timed.
            RunPhases(subject);
            log.WriteLine($"    outputs re-run: {OutputsRerunAfterEdits(subject)}");
        }

        var samples = subjects.ToDictionary(s => s, _ => new List<Sample[]>());
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            // Alternate the order so neither generator always runs on a machine warmed (or loaded) by the other.
            var order = iteration % 2 == 0 ? subjects : Enumerable.Reverse(subjects).ToList();
            foreach (var subject in order)
            {
                samples[subject].Add(RunPhases(subject));
            }
        }

        PrintTable(log, options, subjects[0], subjects[1], subjects.Skip(2).ToArray(), samples, reportTargets);
        return 0;
    }

    private static ImmutableArray<MetadataReference> References()
    {
        // The running runtime's own assemblies plus the two libraries the dialects use: the same set for both.
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        return platform
            .Append(RepositoryPaths.RefitLibraryAssembly)
            .Append(typeof(AtlasJsonContext).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private static Sample[] RunPhases(GeneratorSubject subject)
    {
        var run = subject.NewRun();
        var compilation = run.Compilation;
        var driver = subject.NewDriver(trackSteps: false);

        var cold = Measure(ref driver, compilation);
        Check(subject, driver, "cold", subject.Interfaces, expectEdited: false);

        var unrelated = compilation.ReplaceSyntaxTree(run.UnrelatedTree, run.UnrelatedEdited);
        var afterUnrelated = Measure(ref driver, unrelated);
        Check(subject, driver, "unrelated edit", subject.Interfaces, expectEdited: false);

        var edited = unrelated.ReplaceSyntaxTree(run.InterfaceTree, run.InterfaceEdited);
        var afterInterface = Measure(ref driver, edited);
        Check(subject, driver, "one-interface edit", subject.Interfaces, expectEdited: true);

        var added = edited.AddSyntaxTrees(run.AddedInterface);
        var afterAdded = Measure(ref driver, added);
        Check(subject, driver, "added interface", subject.Interfaces + 1, expectEdited: true);

        return [cold, afterUnrelated, afterInterface, afterAdded];
    }

    private static Sample Measure(ref GeneratorDriver driver, Compilation compilation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = CpuTime.CurrentThread();
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        stopwatch.Stop();
        var cpu = CpuTime.CurrentThread() - cpuBefore;
        return new Sample(stopwatch.Elapsed.TotalMilliseconds, cpu?.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - bytesBefore);
    }

    private static void Check(GeneratorSubject subject, GeneratorDriver driver, string phase, int interfaces, bool expectEdited)
    {
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0 || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException(
                $"{subject.Name} failed in the {phase} run: {string.Join("; ", errors.Take(3).Select(e => e.ToString()).Concat(result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.Message)))}");
        }

        var texts = result.GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
        var clients = Enumerable.Range(0, interfaces).Count(i => texts.Any(t => t.Contains($"IResource{i:D4}Api", StringComparison.Ordinal)));
        if (clients != interfaces)
        {
            throw new InvalidOperationException($"{subject.Name} emitted code for {clients} of {interfaces} interfaces in the {phase} run.");
        }

        var hasEdit = texts.Any(t => t.Contains(SyntheticInterfaces.EditedRouteMarker, StringComparison.Ordinal));
        if (hasEdit != expectEdited)
        {
            throw new InvalidOperationException(
                $"{subject.Name}: after the {phase} run the edited route is {(hasEdit ? "present" : "missing")} in the generated code.");
        }
    }

    /// <summary>
    /// An untimed run with step tracking: after each edit, how many source outputs a generator recomputed (a generator
    /// that re-emits every client after one edit shows it here, whatever its time).
    /// </summary>
    private static string OutputsRerunAfterEdits(GeneratorSubject subject)
    {
        var run = subject.NewRun();
        var compilation = run.Compilation;
        var driver = subject.NewDriver(trackSteps: true).RunGenerators(compilation);
        var unrelated = compilation.ReplaceSyntaxTree(run.UnrelatedTree, run.UnrelatedEdited);
        driver = driver.RunGenerators(unrelated);
        var afterUnrelated = Rerun(driver);
        var edited = unrelated.ReplaceSyntaxTree(run.InterfaceTree, run.InterfaceEdited);
        driver = driver.RunGenerators(edited);
        var afterInterface = Rerun(driver);
        driver = driver.RunGenerators(edited.AddSyntaxTrees(run.AddedInterface));
        return $"unrelated edit {afterUnrelated}, one-interface edit {afterInterface}, added interface {Rerun(driver)}";

        static string Rerun(GeneratorDriver driver)
        {
            var outputs = driver.GetRunResult().Results
                .SelectMany(r => r.TrackedOutputSteps.Values)
                .SelectMany(steps => steps)
                .SelectMany(step => step.Outputs)
                .ToArray();
            var rerun = outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
            return $"{rerun} of {outputs.Length}";
        }
    }

    private static void PrintTable(
        TextWriter log, Options options, GeneratorSubject refit, GeneratorSubject atlas, IReadOnlyList<GeneratorSubject> floors,
        Dictionary<GeneratorSubject, List<Sample[]>> samples, bool reportTargets)
    {
        double MedianMs(GeneratorSubject s, int p) => Statistics.Median(samples[s].Select(x => x[p].Milliseconds).ToArray());
        double MedianWall(GeneratorSubject s, int p) => Statistics.Median(samples[s].Select(x => x[p].WallMilliseconds).ToArray());
        double MedianMb(GeneratorSubject s, int p) => Statistics.Median(samples[s].Select(x => x[p].Bytes / 1048576.0).ToArray());
        string Cell(GeneratorSubject s, int p) => string.Create(CultureInfo.InvariantCulture,
            $"{MedianMs(s, p):0.0} ms ({Statistics.Spread(samples[s].Select(x => x[p].Milliseconds).ToArray(), "0")}); wall {MedianWall(s, p):0}; {MedianMb(s, p):0.0} MB");
        var measure = CpuTime.IsAvailable ? "thread CPU time" : "wall time";

        log.WriteLine();
        log.WriteLine($"{options.Interfaces} interfaces × {options.Methods} methods; per run: median {measure} of {options.Iterations} (min..max), median wall time, allocations. Ratios use {measure}.");
        log.WriteLine();
        log.WriteLine($"| phase | {refit.Name} | {atlas.Name} | ours/Refit | target | met |{string.Concat(floors.Select(f => $" {f.Name} | /Refit |"))}");
        log.WriteLine($"| --- | ---: | ---: | ---: | --- | --- |{string.Concat(floors.Select(_ => " ---: | ---: |"))}");
        for (var p = 0; p < s_phases.Length; p++)
        {
            var ratio = MedianMs(atlas, p) / MedianMs(refit, p);
            var met = !reportTargets ? "-" : ratio <= s_phases[p].Target ? "yes" : $"no, {ratio / s_phases[p].Target:0.0}× the target";
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s_phases[p].Phase} | {Cell(refit, p)} | {Cell(atlas, p)} | {ratio:0.000} | {s_phases[p].TargetText} | {met} |{string.Concat(floors.Select(f => string.Create(CultureInfo.InvariantCulture, $" {Cell(f, p)} | {MedianMs(f, p) / MedianMs(refit, p):0.000} |")))}"));
        }
    }
}
