using System.Diagnostics;
using System.Globalization;
using Atlas.Client.Benchmarks.Harness;

namespace Atlas.Client.Benchmarks.AnalyzerCost;

/// <summary>
/// A compiler server (VBCSCompiler) of our own, on a pipe name nobody else uses, that compiles the captured command
/// lines the way <c>dotnet build</c> does by default: in a process that stays warm between compilations, so our
/// assemblies are loaded and JIT-compiled once, not once per build. Each compilation's CPU time is the server
/// process's own user + system time before and after it (<see cref="CpuTime.OfProcess"/>), which counts every thread of the
/// compilation (parallel binding, analyzers, GC) and nothing of the client process that only forwards the request.
/// Linux only, like <see cref="CpuTime"/>.
/// </summary>
internal sealed class CompilerServer : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);
    private readonly string _pipeName = "atlas-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
    private readonly IReadOnlyDictionary<string, string> _environment;
    private int? _serverId;

    /// <param name="environment">Set for the compiler processes; the server inherits it from the client that starts it.</param>
    public CompilerServer(IReadOnlyDictionary<string, string> environment) => _environment = environment;

    public readonly record struct Sample(double CpuSeconds, double WallSeconds, string Output);

    /// <summary>One compilation through the server (started by the first one); its CPU time is the server's.</summary>
    public Sample Compile(string compiler, string responseFile, string directory)
    {
        var before = _serverId is { } known ? CpuTime.OfProcess(known) : TimeSpan.Zero;
        var clientBefore = CpuTime.WaitedChildren();
        var result = ProcessRunner.RunChecked(compiler, ["@" + responseFile, "/shared:" + _pipeName], directory, _environment);
        var client = CpuTime.WaitedChildren() - clientBefore;
        _serverId ??= FindServer();
        var after = WaitUntilIdle(_serverId.Value);
        var server = after - before;
        if (client is { } forwarded && forwarded > server)
        {
            // csc compiles in its own process when it cannot reach the server: that compilation must not be counted
            // as the server's (nearly nothing).
            throw new InvalidOperationException(
                $"The compiler server did not take the compilation (client {forwarded.TotalSeconds:0.00} s of CPU, server {server.TotalSeconds:0.00} s):{Environment.NewLine}{ProcessRunner.Tail(result.Output, 20)}");
        }

        return new Sample(server.TotalSeconds, result.Elapsed.TotalSeconds, result.Output);
    }

    public void Dispose()
    {
        if (_serverId is { } id)
        {
            try
            {
                using var server = Process.GetProcessById(id);
                server.Kill();
                server.WaitForExit(10_000);
            }
            catch (ArgumentException)
            {
                // Already gone (it exits by itself after some idle minutes).
            }
        }
    }

    /// <summary>
    /// The server answers before its last background work (a GC, tiered JIT) is done; read its CPU time once it has
    /// stopped rising, so that work is charged to the compilation that caused it, not to the next one.
    /// </summary>
    private static TimeSpan WaitUntilIdle(int id)
    {
        var last = CpuTime.OfProcess(id);
        for (var i = 0; i < 20; i++)
        {
            Thread.Sleep(Settle);
            var now = CpuTime.OfProcess(id);
            if (now == last)
            {
                return now;
            }

            last = now;
        }

        return last;
    }

    private int FindServer()
    {
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains("VBCSCompiler", StringComparison.Ordinal) && commandLine.Contains("-pipename:" + _pipeName, StringComparison.Ordinal))
                {
                    return id;
                }
            }
            catch (IOException)
            {
                // A process that ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Somebody else's process.
            }
        }

        throw new InvalidOperationException($"No VBCSCompiler process with -pipename:{_pipeName} after a compilation through it.");
    }
}
