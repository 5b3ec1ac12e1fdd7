using System.Collections.Immutable;
using System.Globalization;
using Atlas.Client.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.CodeFixes.Tests.Corpus;

/// <summary>
/// A build of every project of a solution in Debug and in Release, as <c>dotnet build</c> would run it: compiler
/// diagnostics (generated sources included) and every analyzer of the package; and, when the sources test symbols of
/// their own in <c>#if</c> (<c>RECORDED_ATLAS</c>, <c>STAGING</c>), in both again with every combination of those defined
/// (as <c>-p:DefineConstants</c> would). Independent of the fixes' own guard: this is the test's judge.
/// </summary>
internal sealed class CorpusBuild
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(ClientGenerator).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private CorpusBuild(ImmutableArray<(string Configuration, Diagnostic Diagnostic)> diagnostics) => Diagnostics = diagnostics;

    public ImmutableArray<(string Configuration, Diagnostic Diagnostic)> Diagnostics { get; }

    /// <summary>Errors and warnings of the compiler, and every diagnostic of the package's analyzers.</summary>
    public IEnumerable<(string Configuration, Diagnostic Diagnostic)> Problems
        => Diagnostics.Where(p => p.Diagnostic.Severity >= DiagnosticSeverity.Warning || p.Diagnostic.Id.StartsWith("ATLAS", StringComparison.Ordinal));

    public static async Task<CorpusBuild> RunAsync(Solution solution)
    {
        var diagnostics = ImmutableArray.CreateBuilder<(string, Diagnostic)>();
        foreach (var (name, options) in await ConfigurationsAsync(solution))
        {
            var configured = solution;
            foreach (var project in solution.ProjectIds)
            {
                configured = configured.WithProjectParseOptions(project, options);
            }

            foreach (var project in configured.Projects)
            {
                var compilation = (await project.GetCompilationAsync())!;
                var all = await compilation.WithAnalyzers(Analyzers, project.AnalyzerOptions).GetAllDiagnosticsAsync();
                diagnostics.AddRange(all.Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden).Select(d => (name, d)));
            }
        }

        return new CorpusBuild(diagnostics.ToImmutable());
    }

    /// <summary>A shape tests few symbols of its own; beyond this many, the combinations would be too many builds.</summary>
    private const int MaxOwnSymbols = 3;

    private static async Task<List<(string Name, CSharpParseOptions Options)>> ConfigurationsAsync(Solution solution)
    {
        var own = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var document in solution.Projects.SelectMany(p => p.Documents))
        {
            var root = await document.GetSyntaxRootAsync();
            for (var directive = root?.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                var condition = directive switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.IfDirectiveTriviaSyntax d => d.Condition,
                    Microsoft.CodeAnalysis.CSharp.Syntax.ElifDirectiveTriviaSyntax d => d.Condition,
                    _ => null,
                };
                foreach (var name in condition?.DescendantNodesAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>() ?? [])
                {
                    if (name.Identifier.ValueText is not ("DEBUG" or "RELEASE" or "TRACE"))
                    {
                        own.Add(name.Identifier.ValueText);
                    }
                }
            }
        }

        if (own.Count > MaxOwnSymbols)
        {
            throw new InvalidOperationException($"a shape may test at most {MaxOwnSymbols} symbols of its own in #if; it tests {string.Join(", ", own)}");
        }

        var symbols = own.ToList();
        var configurations = new List<(string, CSharpParseOptions)>();
        foreach (var (name, options) in new[] { ("Debug", CorpusSolution.DebugOptions), ("Release", CorpusSolution.ReleaseOptions) })
        {
            for (var mask = 0; mask < 1 << symbols.Count; mask++)
            {
                var defined = symbols.Where((_, i) => (mask & (1 << i)) != 0).ToList();
                configurations.Add((
                    name + string.Concat(defined.Select(d => "+" + d)),
                    options.WithPreprocessorSymbols(options.PreprocessorSymbolNames.Concat(defined))));
            }
        }

        return configurations;
    }

    /// <summary>The problems this build has more of than <paramref name="baseline"/>, per configuration, ID, severity and file.</summary>
    public List<string> NewProblemsAgainst(CorpusBuild baseline)
    {
        var before = baseline.Problems.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var added = new List<string>();
        foreach (var group in Problems.GroupBy(Key))
        {
            before.TryGetValue(group.Key, out var had);
            if (group.Count() > had)
            {
                added.AddRange(group.Select(p => $"[{p.Configuration}] {p.Diagnostic}"));
            }
        }

        return added;
    }

    /// <summary>The ATLAS diagnostics of the Debug build, one line each: ID, file, line, message.</summary>
    public IEnumerable<string> AtlasLines()
        => Diagnostics.Where(p => p.Configuration == "Debug" && p.Diagnostic.Id.StartsWith("ATLAS", StringComparison.Ordinal))
            .Select(p => p.Diagnostic)
            .Select(d => $"{d.Id} {Relative(d.Location.SourceTree?.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal);

    private static string Key((string Configuration, Diagnostic Diagnostic) problem)
        => problem.Configuration + "|" + problem.Diagnostic.Id + "|" + problem.Diagnostic.Severity + "|" + problem.Diagnostic.Location.SourceTree?.FilePath;

    private static string Relative(string? path)
        => path is null ? "-" : string.Join('/', path.Split('/').SkipWhile(s => s != "corpus").Skip(2));
}
