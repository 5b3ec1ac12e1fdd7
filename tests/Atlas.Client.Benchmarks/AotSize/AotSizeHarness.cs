using System.Globalization;
using System.Text.RegularExpressions;
using Atlas.Client.Benchmarks.Harness;
using Atlas.Client.Benchmarks.Runtime;

namespace Atlas.Client.Benchmarks.AotSize;

/// <summary>
/// Native AOT size: publishes the size apps under AotApps/ (hand-written baseline, our generated client, Refit's) with
/// PublishAot in Release, runs each once against a loopback server to prove it works, and prints the native
/// executable sizes (symbols stripped to the separate .dbg file, as the SDK does by default) and their ratios.
/// </summary>
internal static partial class AotSizeHarness
{
    private const double Target = 1.02;

    private sealed record App(string Label, string Folder, string Executable);

    private static readonly App s_baseline = new("hand-written", "HandWritten", "HandWritten");

    private static readonly App[] s_apps =
    [
        s_baseline,
        new("Atlas.Client generated", "Generated", "Generated"),
        new("Refit 16.4.0 generated", "Refit", "RefitApp"),
    ];

    public sealed record Options(IReadOnlyList<string> Profiles, bool IncludeRefit)
    {
        public static Options Parse(IReadOnlyList<string> args)
        {
            var result = new Options(["default", "size"], IncludeRefit: true);
            for (var i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--profile" when i + 1 < args.Count && args[i + 1] is "default" or "size":
                        result = result with { Profiles = [args[++i]] };
                        break;
                    case "--no-refit":
                        result = result with { IncludeRefit = false };
                        break;
                    default:
                        throw new ArgumentException($"Unknown aot-size option '{args[i]}'. Known: --profile default|size, --no-refit.");
                }
            }

            return result;
        }
    }

    public static int Run(Options options, TextWriter log)
    {
        var apps = s_apps.Where(a => options.IncludeRefit || a.Folder != "Refit").ToArray();
        using var server = new SnapshotServer();
        foreach (var profile in options.Profiles)
        {
            log.WriteLine($"aot-size: profile '{profile}', publishing {apps.Length} apps (minutes each on a busy 2-core machine)");
            var sizes = new Dictionary<App, long>();
            foreach (var app in apps)
            {
                sizes[app] = PublishAndCheck(app, profile, server.BaseAddress, log);
            }

            PrintTable(log, profile, sizes);
        }

        return 0;
    }

    private static long PublishAndCheck(App app, string profile, Uri serverAddress, TextWriter log)
    {
        var project = Path.Combine(RepositoryPaths.Root, "tests", "Atlas.Client.Benchmarks", "AotApps", app.Folder);
        var output = RepositoryPaths.Artifacts("aot", profile, app.Folder);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var publish = ProcessRunner.RunChecked(
            "dotnet", ["publish", project, "-c", "Release", "-o", output, $"-p:AtlasAotProfile={profile}"], RepositoryPaths.Root);
        var aotWarnings = AotWarning().Matches(publish.Output).Select(m => m.Value).Distinct().ToArray();
        if (aotWarnings.Length > 0)
        {
            throw new InvalidOperationException($"{app.Label}: the publish reported trim/AOT warnings: {string.Join(", ", aotWarnings)}");
        }

        var executable = Path.Combine(output, app.Executable);
        var run = ProcessRunner.Run(executable, [serverAddress.AbsoluteUri], output);
        var expected = $"snapshot {SpecExampleBodyId()}";
        if (run.ExitCode != 0 || !run.Output.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{app.Label}: the published app did not print '{expected}' (exit {run.ExitCode}): {ProcessRunner.Tail(run.Output, 20)}");
        }

        var size = new FileInfo(executable).Length;
        log.WriteLine($"  {app.Label}: {size:N0} bytes, published in {publish.Elapsed.TotalSeconds:0} s, ran: {run.Output.Trim()}");
        return size;
    }

    private static void PrintTable(TextWriter log, string profile, Dictionary<App, long> sizes)
    {
        var baseline = sizes[s_baseline];
        log.WriteLine();
        log.WriteLine($"| app (profile '{profile}') | native executable | ratio to hand-written | target | met |");
        log.WriteLine("| --- | ---: | ---: | --- | --- |");
        foreach (var (app, size) in sizes)
        {
            var ratio = (double)size / baseline;
            var isOurs = app.Folder == "Generated";
            var met = !isOurs ? "-" : ratio <= Target ? "yes" : $"no, +{(ratio - Target) * 100:0.0} points over";
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {app.Label} | {size / 1048576.0:0.00} MB ({size:N0} B) | {ratio:0.000} | {(isOurs ? "≤ 1.02×" : "-")} | {met} |"));
        }

        log.WriteLine();
    }

    private static string SpecExampleBodyId()
        => System.Text.Json.Nodes.JsonNode.Parse(SpecExampleBody.Utf8(SpecExampleBody.Seed))!["id"]!.GetValue<string>();

    [GeneratedRegex(@"\bIL[23]\d{3}\b")]
    private static partial Regex AotWarning();
}
