using System.Collections.Concurrent;
using System.Globalization;

namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>Counts over a fuzz run, for the figures: what the cases were and what they produced.</summary>
internal sealed class FuzzStatistics
{
    private readonly ConcurrentDictionary<string, int> _mutations = new(StringComparer.Ordinal);
    private int _cases;
    private int _withGenerated;
    private int _cleanGenerated;
    private int _inputErrors;
    private int _atlasDiagnostics;
    private int _codeFixes;
    private int _fastPathCases;

    public int Cases => _cases;

    public int CleanGenerated => _cleanGenerated;

    /// <summary>Cases in which the generator's fast path read at least one interface.</summary>
    public int FastPathCases => _fastPathCases;

    public void Add(FuzzInput input, CaseOutcome outcome)
    {
        Interlocked.Increment(ref _cases);
        Interlocked.Add(ref _withGenerated, outcome.GeneratedFiles > 0 ? 1 : 0);
        Interlocked.Add(ref _cleanGenerated, outcome.GeneratedCompiledClean ? 1 : 0);
        Interlocked.Add(ref _inputErrors, outcome.InputHasError ? 1 : 0);
        Interlocked.Add(ref _atlasDiagnostics, outcome.AtlasDiagnostics);
        Interlocked.Add(ref _codeFixes, outcome.CodeFixesApplied);
        Interlocked.Add(ref _fastPathCases, outcome.FastPathClients > 0 ? 1 : 0);
        foreach (var mutation in input.Mutations)
        {
            _mutations.AddOrUpdate(mutation, 1, (_, n) => n + 1);
        }
    }

    public IEnumerable<(string, string)> Figures(int masterSeed, CompileTimeHarness harness, TimeSpan elapsed)
    {
        yield return ("master seed", masterSeed.ToString(CultureInfo.InvariantCulture));
        yield return ("cases run", _cases.ToString("N0", CultureInfo.InvariantCulture));
        yield return ("cases/s", (_cases / Math.Max(elapsed.TotalSeconds, 0.001)).ToString("N0", CultureInfo.InvariantCulture) + $" ({elapsed.TotalSeconds:N0} s, {Environment.ProcessorCount} cores)");
        yield return ("analyzers run", string.Join(", ", harness.Analyzers.Select(a => a.GetType().Name)));
        yield return ("code-fix providers run", harness.CodeFixes.Providers.IsEmpty ? "none shipped yet" : string.Join(", ", harness.CodeFixes.Providers.Select(p => p.GetType().Name)));
        yield return ("cases with generated files", _withGenerated.ToString("N0", CultureInfo.InvariantCulture));
        yield return ("cases whose generated files compiled warning-free", _cleanGenerated.ToString("N0", CultureInfo.InvariantCulture));
        yield return ("cases whose interfaces the generator's fast path read (each compared byte for byte with the full parser's output)", _fastPathCases.ToString("N0", CultureInfo.InvariantCulture));
        yield return ("cases whose input had an error (ATLAS or compiler)", _inputErrors.ToString("N0", CultureInfo.InvariantCulture));
        yield return ("ATLAS diagnostics reported", _atlasDiagnostics.ToString("N0", CultureInfo.InvariantCulture));
        yield return ("diagnostics fixed by a code fix (Fix All per kind, the fixed code re-analyzed)", _codeFixes.ToString("N0", CultureInfo.InvariantCulture));
        yield return ("mutations applied", string.Join(", ", _mutations.OrderByDescending(m => m.Value).Select(m => $"{m.Key} {m.Value}")));
        yield return ("generator / analyzer / code-fix exceptions", "0 (the run fails otherwise)");
        yield return ("applied fixes after which the project built worse (new error, warning or ATLAS diagnostic)", "0 (the run fails otherwise)");
    }
}
