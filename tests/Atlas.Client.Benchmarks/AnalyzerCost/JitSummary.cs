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
        (string Compiler, string ResponseFile) with,
        IReadOnlyDictionary<string, string> environment)
    {
        var withoutLines = Collect(directory, "Without", without, environment);
        var withLines = Collect(directory, "With", with, environment);
        var ours = withLines.Where(IsOurs).ToArray();

        log.WriteLine();
        log.WriteLine("Methods the JIT compiled in one fresh compiler process (DOTNET_JitDisasmSummary), by tier:");
        AnalyzerCostHarness.WriteCompilerEnvironment(log, environment);

        log.WriteLine();
        log.WriteLine($"| compilation | methods | {string.Join(" | ", Columns)} |");
        log.WriteLine($"| --- | ---:{string.Concat(Enumerable.Repeat(" | ---:", Columns.Length))} |");
        log.WriteLine(Row("without Atlas.Client analyzers", withoutLines));
        log.WriteLine(Row("with", withLines));
        log.WriteLine(Row("with: methods of ours, or instantiated over our types", ours));
        log.WriteLine();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"with - without: {withLines.Count - withoutLines.Count:+#;-#;0} methods; of ours, {ours.Count(l => Column(l) is "instrumented tier 0")} became hot enough to be instrumented and {ours.Count(l => Column(l) is "tier 1" or "full opts" or "OSR")} reached optimised code."));
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
