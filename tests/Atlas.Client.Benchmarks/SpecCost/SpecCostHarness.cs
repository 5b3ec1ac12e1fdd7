using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Atlas.Client.Benchmarks.GeneratorCost;
using Atlas.Client.Benchmarks.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Benchmarks.SpecCost;

/// <summary>
/// What a project-supplied spec (issue 15, <c>&lt;AtlasApiSpec Include="…" /&gt;</c>) costs at compile time: the two
/// spec analyzers of the built assembly (loaded as the compiler loads them) on a fresh compilation of the same project,
/// without a spec, with the full-size spec already read by an earlier compilation in the process (what every later
/// build, project and keystroke pays), and with a spec of a content not seen before (read and merged in that run).
/// Each run is checked: no analyzer exception, no ATLAS0108, and one more ATLAS0105 with the spec than without for
/// each call of the operation the spec lacks, so a fast figure can never come from a spec that was not used.
/// </summary>
internal static class SpecCostHarness
{
    public sealed record Options(int Files, int Iterations)
    {
        public static Options Parse(IReadOnlyList<string> args)
        {
            var result = new Options(Files: 100, Iterations: 9);
            for (var i = 0; i < args.Count; i++)
            {
                var value = i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                    : throw new ArgumentException($"{args[i]} needs a positive whole number.");
                result = args[i] switch
                {
                    "--files" => result with { Files = value },
                    "--iterations" => result with { Iterations = value },
                    _ => throw new ArgumentException($"Unknown spec-cost option '{args[i]}'. Known: --files N, --iterations N."),
                };
                i++;
            }

            return result;
        }
    }

    private enum Kind
    {
        NoSpec,
        SpecAlreadyRead,
        NewSpecContent,
    }

    public static int Run(Options options, TextWriter log)
    {
        var analyzers = LoadSpecAnalyzers(RepositoryPaths.AtlasGeneratorAssembly);
        var project = SpecCostProject.Create(options.Files);
        var references = References();
        log.WriteLine($"spec cost: {options.Files} files × 10 routes, spec of {project.SpecOperations} operations ({project.Spec.Length:N0} characters), {options.Iterations} iteration(s) after one warm-up");

        var baseline = Count(Analyze(analyzers, project, references, null), "ATLAS0105");
        var fresh = 0;
        string NewContent() => project.Spec.Replace("A synthetic MongoDB", $"A synthetic ({++fresh}) MongoDB", StringComparison.Ordinal);

        // Warm-up: JIT every path, and read the spec's own content once (the "already read" runs find it in the cache).
        Check(Analyze(analyzers, project, references, project.Spec), baseline, project.RemovedCalls);
        Check(Analyze(analyzers, project, references, NewContent()), baseline, project.RemovedCalls);

        var samples = Enum.GetValues<Kind>().ToDictionary(k => k, _ => new List<(double Wall, double Cpu)>());
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            var order = Enum.GetValues<Kind>();
            if (iteration % 2 == 1)
            {
                Array.Reverse(order);
            }

            foreach (var kind in order)
            {
                var spec = kind switch { Kind.NoSpec => null, Kind.SpecAlreadyRead => project.Spec, _ => NewContent() };
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                var diagnostics = Analyze(analyzers, project, references, spec);
                wall.Stop();
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                if (spec is not null)
                {
                    Check(diagnostics, baseline, project.RemovedCalls);
                }

                samples[kind].Add((wall.Elapsed.TotalMilliseconds, cpuMs));
            }
        }

        PrintTable(log, samples);
        return 0;
    }

    private static ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, SpecCostProject project, ImmutableArray<MetadataReference> references, string? spec)
    {
        var compilation = CSharpCompilation.Create("Bench", project.Trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            SpecCostProject.Options(spec), (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return exceptions.Count == 0 ? diagnostics : throw new InvalidOperationException("an analyzer threw: " + exceptions[0]);
    }

    private static void Check(ImmutableArray<Diagnostic> diagnostics, int baselineRemoved, int removedCalls)
    {
        if (diagnostics.FirstOrDefault(d => d.Id == "ATLAS0108") is { } problem)
        {
            throw new InvalidOperationException("the spec was not used: " + problem.GetMessage(CultureInfo.InvariantCulture));
        }

        var removed = Count(diagnostics, "ATLAS0105");
        if (removed != baselineRemoved + removedCalls)
        {
            throw new InvalidOperationException($"{removed} ATLAS0105 with the spec, {baselineRemoved} without: the spec's removal was not seen");
        }
    }

    private static int Count(ImmutableArray<Diagnostic> diagnostics, string id) => diagnostics.Count(d => d.Id == id);

    private static ImmutableArray<DiagnosticAnalyzer> LoadSpecAnalyzers(string path)
    {
        var reference = new AnalyzerFileReference(path, new GeneratorLoader.PathLoader());
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp)
            .Where(a => a.GetType().Name is "SpecRouteAnalyzer" or "SpecStringAnalyzer")
            .ToImmutableArray();
        return analyzers.Length == 2 ? analyzers : throw new InvalidOperationException($"{path} has {analyzers.Length} of the two spec analyzers");
    }

    private static ImmutableArray<MetadataReference> References()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Append(typeof(AtlasJsonContext).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    private static void PrintTable(TextWriter log, Dictionary<Kind, List<(double Wall, double Cpu)>> samples)
    {
        var none = Statistics.Median(samples[Kind.NoSpec].Select(s => s.Cpu).ToList());
        log.WriteLine();
        log.WriteLine("| compilation | CPU ms, median (spread) | wall ms, median | ratio to no spec (CPU) |");
        log.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (kind, label) in new[] { (Kind.NoSpec, "no spec (built-in catalog)"), (Kind.SpecAlreadyRead, "spec already read in the process"), (Kind.NewSpecContent, "spec of a new content (read + merged)") })
        {
            var cpu = samples[kind].Select(s => s.Cpu).ToList();
            var wall = samples[kind].Select(s => s.Wall).ToList();
            var median = Statistics.Median(cpu);
            log.WriteLine($"| {label} | {median:F1} ({Statistics.Spread(cpu, "F1")}) | {Statistics.Median(wall):F1} | {median / none:F2}× |");
        }
    }
}
