using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Atlas.Client.Reliability.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>
/// Part 1 of issue 7: the seeded compile-time fuzzer. Each case mutates one valid seed one to four times and runs the
/// generator, every analyzer and every code fix on it; no case may crash any of them, and our generated files must
/// compile warning-free unless the input carries an error of its own. Deterministic: the master seed is fixed
/// (<see cref="SeedVariable"/> changes it, <c>random</c> picks one), and a failure prints how to replay its case alone.
/// </summary>
public sealed class CompileTimeFuzzTests(ITestOutputHelper output)
{
    public const string SeedVariable = "ATLAS_FUZZ_SEED";
    public const string CaseVariable = "ATLAS_FUZZ_CASE";
    private const int CiCases = 5_000;
    private const int DefaultMasterSeed = 20_260_122;

    [Fact]
    public async Task EverySeedIsValidBeforeItIsMutated()
    {
        var harness = await CompileTimeHarness.SharedAsync();
        for (var i = 0; i < FuzzSeeds.All.Count; i++)
        {
            var (name, source) = FuzzSeeds.All[i];
            var input = new FuzzInput(i, 0, name, [], source, LanguageVersion.Latest, NullableContextOptions.Enable, WithHttpClientFactory: true);

            var outcome = await harness.RunAsync(input, CancellationToken.None);

            Assert.True(outcome.Crashes.Count == 0, string.Join("\n", outcome.Crashes));
            Assert.True(outcome.FixBuildBreaks.Count == 0, string.Join("\n", outcome.FixBuildBreaks));
            Assert.False(outcome.InputHasError, $"seed '{name}' has an error of its own");
            Assert.True(outcome.GeneratedCompiledClean, $"seed '{name}' generated {outcome.GeneratedFiles} files that do not compile cleanly");
        }
    }

    [Fact]
    public async Task AnAnalyzerExceptionIsCaughtAndReportedNotSwallowed()
    {
        // Proves the wiring the fuzzer relies on: an analyzer that throws becomes a crash of the case.
        var harness = (await CompileTimeHarness.SharedAsync()).With(new ThrowingAnalyzer());
        var input = new FuzzInput(0, 0, "flex", [], FuzzSeeds.All[0].Source, LanguageVersion.Latest, NullableContextOptions.Enable, false);

        var outcome = await harness.RunAsync(input, CancellationToken.None);

        Assert.Contains(outcome.Crashes, c => c.Contains(nameof(ThrowingAnalyzer), StringComparison.Ordinal) && c.Contains("fuzz probe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MutatedInterfacesNeverCrashTheGeneratorAnalyzersOrCodeFixes()
    {
        var harness = await CompileTimeHarness.SharedAsync();
        var masterSeed = MasterSeed();
        var only = Environment.GetEnvironmentVariable(CaseVariable);
        var indices = string.IsNullOrEmpty(only)
            ? Enumerable.Range(0, ReliabilityScale.Times(CiCases))
            : [int.Parse(only, CultureInfo.InvariantCulture)];

        var failures = new ConcurrentBag<(int Index, string Text)>();
        var stats = new FuzzStatistics();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(indices, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (index, cancellationToken) =>
        {
            var input = CreateCase(masterSeed, index);
            CaseOutcome outcome;
            try
            {
                outcome = await harness.RunAsync(input, cancellationToken);
            }
            catch (Exception error)
            {
                // The harness itself must never fail: Roslyn APIs throwing on an input is a finding too.
                failures.Add((index, $"the compile run threw: {error}\n{input.Describe(masterSeed)}"));
                return;
            }

            stats.Add(input, outcome);
            if (outcome.Crashes.Count > 0)
            {
                failures.Add((index, string.Join("\n", outcome.Crashes) + "\n" + input.Describe(masterSeed)));
            }
            else if (outcome.FixBuildBreaks.Count > 0)
            {
                failures.Add((index, "a code fix broke the build:\n" + string.Join("\n", outcome.FixBuildBreaks) + "\n" + input.Describe(masterSeed)));
            }
            else if (outcome.FastPathDifference is not null)
            {
                failures.Add((index, "the generator's fast path wrote a file differently from the full parser: " + outcome.FastPathDifference + "\n" + input.Describe(masterSeed)));
            }
            else if (outcome.GeneratedCodeBroken is not null)
            {
                failures.Add((index, "generated code does not compile cleanly although the input has no error:\n" + outcome.GeneratedCodeBroken + "\n" + input.Describe(masterSeed)));
            }
        });
        watch.Stop();

        Figures.Report(output, "compile-time fuzzer", stats.Figures(masterSeed, harness, watch.Elapsed));
        if (!failures.IsEmpty)
        {
            // Every failing case, in full, beside the figures: the assertion message shows only the first few.
            var report = Figures.WriteArtifact("fuzz-failures.txt", string.Join("\n\n", failures.OrderBy(f => f.Index).Select(f => f.Text)));
            var shown = failures.OrderBy(f => f.Index).Take(5).Select(f => f.Text);
            Assert.Fail($"{failures.Count} of {stats.Cases} cases failed (master seed {masterSeed}; all of them in {report}); the first ones:\n\n{string.Join("\n\n", shown)}");
        }

        // A fuzzer whose mutations only ever produced garbage would prove nothing about generated code.
        Assert.True(stats.CleanGenerated * 10 >= stats.Cases, $"only {stats.CleanGenerated} of {stats.Cases} cases generated code that compiled cleanly");
        // Nor would a fast path that declined every fuzzed interface prove anything by matching the full parser.
        Assert.True(stats.FastPathCases * 20 >= stats.Cases, $"the fast path read an interface in only {stats.FastPathCases} of {stats.Cases} cases");
    }

    internal static FuzzInput CreateCase(int masterSeed, int index)
    {
        var seed = CaseSeed(masterSeed, index);
        var random = new Random(seed);
        var (name, source) = FuzzSeeds.All[random.Next(FuzzSeeds.All.Count)];
        var mutator = new SourceMutator(random);
        var count = random.Next(4) switch { 0 or 1 => 1, 2 => 2, _ => random.Next(3, 5) };
        for (var i = 0; i < count; i++)
        {
            source = mutator.Mutate(source);
        }

        var languageVersion = random.Next(20) switch
        {
            0 => LanguageVersion.CSharp7_3,
            1 or 2 => LanguageVersion.CSharp8,
            3 or 4 => LanguageVersion.CSharp10,
            5 => LanguageVersion.Preview,
            _ => LanguageVersion.Latest,
        };
        var nullable = random.Next(10) switch
        {
            0 or 1 or 2 => NullableContextOptions.Disable,
            3 => NullableContextOptions.Annotations,
            4 => NullableContextOptions.Warnings,
            _ => NullableContextOptions.Enable,
        };
        return new FuzzInput(index, seed, name, mutator.Applied.ToArray(), source, languageVersion, nullable, WithHttpClientFactory: random.Next(3) == 0);
    }

    private static int MasterSeed()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrEmpty(text))
        {
            return DefaultMasterSeed;
        }

        return text == "random" ? Environment.TickCount & int.MaxValue : int.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>SplitMix-style mixing: neighbouring case indices get unrelated seeds.</summary>
    private static int CaseSeed(int masterSeed, int index)
    {
        var z = unchecked(((ulong)(uint)masterSeed << 32) + (ulong)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

#pragma warning disable RS1036, RS2008 // a test-only probe, never shipped: no release tracking or extended rules apply
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("PROBE1", "probe", "probe", "probe", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("fuzz probe"), SymbolKind.NamedType);
        }
    }
#pragma warning restore RS1036, RS2008
}
