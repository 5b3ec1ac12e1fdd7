using System.Globalization;
using System.Text.RegularExpressions;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// What the runtime's JIT does in one fresh compiler process, with and without our assemblies: every method it
/// compiles, at which tier (the release runtime's <c>DOTNET_JitDisasmSummary</c>, one line per compiled method). The
/// compiler's own code is ReadyToRun, ours is IL only, and a fresh process ends long before its call counting promotes
/// much to tier 1: this shows how many methods of ours are compiled, how many became hot, and whether any reached
/// optimised code before the compilation ended.
/// </summary>
internal static partial class JitSummary
{
    /// <summary>The tiers a summary line can name, grouped as the table shows them, in that order.</summary>
    private static readonly string[] Columns = ["tier 0", "instrumented tier 0", "instrumented tier 1", "tier 1", "full opts", "OSR"];

    public static void Print(
        TextWriter log,
        string directory,
        (string Compiler, string ResponseFile) without,
        (string Compiler, string ResponseFile) replayed,
        (string Compiler, string ResponseFile) with,
        IReadOnlyDictionary<string, string> environment)
    {
        var withoutLines = Collect(directory, "Without", without, environment);
        var replayedLines = Collect(directory, "Replayed", replayed, environment);
        var withLines = Collect(directory, "With", with, environment);
        var ours = withLines.Where(IsOurs).ToArray();

        log.WriteLine();
        log.WriteLine("Methods the JIT compiled in one fresh compiler process (DOTNET_JitDisasmSummary), by tier:");
        AnalyzerCostHarness.WriteCompilerEnvironment(log, environment);

        log.WriteLine();
        log.WriteLine($"| compilation | methods | {string.Join(" | ", Columns)} |");
        log.WriteLine($"| --- | ---:{string.Concat(Enumerable.Repeat(" | ---:", Columns.Length))} |");
        log.WriteLine(Row("without Atlas.Client analyzers", withoutLines));
        log.WriteLine(Row("replayed: the generated clients added, no analysis", replayedLines));
        log.WriteLine(Row("with", withLines));
        log.WriteLine(Row("with: methods of ours, or instantiated over our types", ours));
        log.WriteLine();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"with - without: {withLines.Count - withoutLines.Count:+#;-#;0} methods; of ours, {ours.Count(l => Column(l) is "instrumented tier 0")} became hot enough to be instrumented and {ours.Count(l => Column(l) is "tier 1" or "full opts" or "OSR")} reached optimised code."));

        // Which methods each step brings in: adding the generated clients through a generator that analyses nothing
        // (replayed over without: the driver's work for added sources and compiling their code), and running our
        // generator and analyzers on top of that (with over replayed). Only tier-0 compilations are compared, the first
        // JIT of code no ReadyToRun image holds, which happens once for every such method that runs at all; the other
        // tiers re-compile hot methods (the compiler's precompiled ones included) and depend on timing, so two runs of
        // the same compilation differ by thousands there.
        var withoutMethods = FirstCompiledAtTier0(withoutLines);
        var replayedMethods = FirstCompiledAtTier0(replayedLines);
        var withMethods = FirstCompiledAtTier0(withLines);
        log.WriteLine();
        log.WriteLine("Methods compiled at tier 0 (code not precompiled that ran), where each step's extra ones are:");
        log.WriteLine();
        WriteDifference(log, "adding the generated clients through a generator that analyses nothing (replayed, not without)", replayedMethods, withoutMethods);
        WriteDifference(log, "our generator and analyzers (with, not replayed)", withMethods, replayedMethods);
    }

    /// <summary>How many methods <paramref name="more"/> has that <paramref name="fewer"/> lacks, by the namespace of their type.</summary>
    private static void WriteDifference(TextWriter log, string what, HashSet<string> more, HashSet<string> fewer)
    {
        var extra = more.Except(fewer).ToArray();
        var gone = fewer.Count(m => !more.Contains(m));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: +{extra.Length} methods (and {gone} the other compilation compiled at tier 0 that this one did not)"));
        log.WriteLine();
        log.WriteLine("| namespace of the method's type | methods |");
        log.WriteLine("| --- | ---: |");
        foreach (var group in extra.GroupBy(NamespaceOf).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} |"));
        }

        log.WriteLine();
    }

    /// <summary>The methods a summary compiled at tier 0, by the text between "JIT compiled " and the tier bracket.</summary>
    private static HashSet<string> FirstCompiledAtTier0(IEnumerable<string> lines)
        => lines.Where(l => Column(l) is "tier 0").Select(MethodOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>The method a summary line names, without its line number and tier.</summary>
    internal static string MethodOf(string line)
    {
        const string Marker = "JIT compiled ";
        var start = line.IndexOf(Marker, StringComparison.Ordinal);
        var end = TierText().Match(line);
        return start >= 0 && end.Success
            ? line[(start + Marker.Length)..end.Index].TrimEnd()
            : throw new FormatException($"Not a JIT summary line: '{line}'.");
    }

    /// <summary>"System.Collections.Immutable" for the method "System.Collections.Immutable.ImmutableArray`1[int]:Add(int)".</summary>
    internal static string NamespaceOf(string method)
    {
        var type = method[..Math.Max(0, method.IndexOf(':', StringComparison.Ordinal))];
        var generic = type.IndexOfAny(['`', '[']);
        var plain = generic >= 0 ? type[..generic] : type;
        var dot = plain.LastIndexOf('.');
        return dot > 0 ? plain[..dot] : "(no namespace)";
    }

    /// <summary>True for a method of our assemblies, or a generic one instantiated over a type of ours.</summary>
    private static bool IsOurs(string line) => line.Contains("Atlas.Client.", StringComparison.Ordinal);

    private static string Row(string what, IReadOnlyCollection<string> lines)
    {
        var counts = lines.GroupBy(Column).ToDictionary(g => g.Key, g => g.Count());
        return string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {lines.Count} | {string.Join(" | ", Columns.Select(c => counts.GetValueOrDefault(c)))} |");
    }

    /// <summary>The table column of one summary line, from the bracket after the method name.</summary>
    internal static string Column(string line)
    {
        var tier = TierText().Match(line);
        if (!tier.Success)
        {
            throw new FormatException($"Not a JIT summary line: '{line}'.");
        }

        var text = tier.Groups["tier"].Value;
        return text switch
        {
            _ when text.StartsWith("Tier1-OSR", StringComparison.Ordinal) => "OSR",
            _ when text.StartsWith("Instrumented Tier0", StringComparison.Ordinal) => "instrumented tier 0",
            _ when text.StartsWith("Instrumented Tier1", StringComparison.Ordinal) => "instrumented tier 1",
            _ when text.Contains("FullOpts", StringComparison.Ordinal) => "full opts",
            _ when text.StartsWith("Tier0", StringComparison.Ordinal) => "tier 0",
            _ when text.StartsWith("Tier1", StringComparison.Ordinal) => "tier 1",
            _ => throw new FormatException($"Unknown tier '{text}' in '{line}'."),
        };
    }

    private static List<string> Collect(string directory, string name, (string Compiler, string ResponseFile) call, IReadOnlyDictionary<string, string> environment)
    {
        var file = Path.Combine(directory, "obj", $"jit-summary-{name}.txt");
        File.Delete(file);
        var variables = new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            ["DOTNET_JitDisasmSummary"] = "1",
            ["DOTNET_JitStdOutFile"] = file,
        };
        ProcessRunner.RunChecked(call.Compiler, ["@" + call.ResponseFile], directory, variables);
        var lines = File.Exists(file)
            ? File.ReadAllLines(file).Where(l => l.Contains("JIT compiled", StringComparison.Ordinal)).ToList()
            : [];
        return lines.Count > 0
            ? lines
            : throw new InvalidOperationException($"The {name} compilation wrote no JIT summary to {file}: does this runtime honour DOTNET_JitDisasmSummary?");
    }

    [GeneratedRegex(@"\[(?<tier>[^\[\]]+), IL size=\d+, code size=\d+\]\s*$")]
    private static partial Regex TierText();
}
