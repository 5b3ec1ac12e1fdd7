using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// One set of preprocessor symbols the projects may be built with. A workspace holds one configuration (usually Debug),
/// but a fix must not break the others: code in an inactive <c>#if</c> branch calls the same methods. So every fix is
/// also computed and checked in the other build configuration (DEBUG ↔ RELEASE) when a <c>#if</c> tests either, and with
/// each other symbol a <c>#if</c>/<c>#elif</c> of the projects tests flipped, one at a time (the most used first).
/// A branch none of those compiles (<c>#if RECORDED_ATLAS &amp;&amp; !DEBUG</c> needs two symbols changed at once) gets the
/// configuration that compiles it with the fewest symbols changed.
/// </summary>
internal sealed class BuildConfiguration
{
    /// <summary>Symbols flipped at most; beyond that the rarest are left out (each one is another build per check).</summary>
    public const int MaxFlippedSymbols = 3;

    /// <summary>Configurations added at most for branches no flipped symbol compiles (the most needed first).</summary>
    public const int MaxCombinedConfigurations = 3;

    private readonly ImmutableDictionary<ProjectId, CSharpParseOptions> _parseOptions;

    private BuildConfiguration(string name, ImmutableDictionary<ProjectId, CSharpParseOptions> parseOptions)
    {
        Name = name;
        _parseOptions = parseOptions;
    }

    /// <summary>The workspace's own configuration.</summary>
    public static BuildConfiguration Current { get; } = new("current", ImmutableDictionary<ProjectId, CSharpParseOptions>.Empty);

    /// <summary><c>current</c>, or the flipped symbol (<c>!DEBUG</c>, <c>+RELEASE</c>).</summary>
    public string Name { get; }

    public bool IsCurrent => _parseOptions.IsEmpty;

    public Solution Apply(Solution solution)
    {
        foreach (var pair in _parseOptions)
        {
            if (solution.ContainsProject(pair.Key))
            {
                solution = solution.WithProjectParseOptions(pair.Key, pair.Value);
            }
        }

        return solution;
    }

    /// <summary>The current configuration, then one per flipped <c>#if</c> symbol of <paramref name="projects"/>.</summary>
    public static async Task<ImmutableArray<BuildConfiguration>> ForAsync(Solution solution, IEnumerable<ProjectId> projects, CancellationToken cancellationToken)
    {
        var symbolsByProject = new Dictionary<ProjectId, HashSet<string>>();
        var branchesByProject = new Dictionary<ProjectId, List<PreprocessorBranch>>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var projectId in projects)
        {
            var project = solution.GetProject(projectId);
            if (project?.ParseOptions is not CSharpParseOptions)
            {
                continue;
            }

            var symbols = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in project.Documents)
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (!Mentions(text.ToString(), "#if") && !Mentions(text.ToString(), "#elif"))
                {
                    continue;
                }

                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    continue;
                }

                // One reading of the directives: the branches, whose conditions name every symbol the file tests.
                var documentBranches = PreprocessorBranch.Of(root);
                if (!branchesByProject.TryGetValue(projectId, out var branches))
                {
                    branchesByProject[projectId] = branches = new List<PreprocessorBranch>();
                }

                branches.AddRange(documentBranches);
                symbols.UnionWith(documentBranches.SelectMany(b => b.Symbols));
            }

            if (symbols.Count > 0)
            {
                symbolsByProject[projectId] = symbols;
                foreach (var symbol in symbols)
                {
                    counts[symbol] = counts.TryGetValue(symbol, out var count) ? count + 1 : 1;
                }
            }
        }

        var configurations = ImmutableArray.CreateBuilder<BuildConfiguration>();
        configurations.Add(Current);

        // Debug and Release are one switch: the SDK defines DEBUG in one and RELEASE in the other, never both.
        if (counts.ContainsKey(Debug) || counts.ContainsKey(Release))
        {
            configurations.Add(Flip(solution, symbolsByProject, Debug, Release, "Debug<->Release"));
            counts.Remove(Debug);
            counts.Remove(Release);
        }

        var flipped = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxFlippedSymbols - (configurations.Count - 1));
        foreach (var symbol in flipped.Select(p => p.Key))
        {
            configurations.Add(Flip(solution, symbolsByProject, symbol, null, null));
        }

        configurations.AddRange(Combined(solution, symbolsByProject, branchesByProject, configurations));
        return configurations.ToImmutable();
    }

    /// <summary>
    /// For every branch that neither the current configuration nor <paramref name="existing"/> compiles, the symbol states
    /// that compile it with the fewest changes; the states most branches need become configurations.
    /// </summary>
    private static IEnumerable<BuildConfiguration> Combined(
        Solution solution,
        Dictionary<ProjectId, HashSet<string>> symbolsByProject,
        Dictionary<ProjectId, List<PreprocessorBranch>> branchesByProject,
        ImmutableArray<BuildConfiguration>.Builder existing)
    {
        var needed = new Dictionary<string, (List<(string Symbol, bool Defined)> Changes, int Branches)>(StringComparer.Ordinal);
        foreach (var pair in branchesByProject)
        {
            if (solution.GetProject(pair.Key)?.ParseOptions is not CSharpParseOptions current)
            {
                continue;
            }

            foreach (var branch in pair.Value)
            {
                if (branch.Symbols.Count > PreprocessorBranch.MaxSymbols
                    || existing.Any(c => branch.IsActive(c.SymbolsOf(pair.Key, current)) != false))
                {
                    continue;
                }

                var changes = FewestChanges(branch, current.PreprocessorSymbolNames);
                if (changes is null)
                {
                    continue;
                }

                var key = string.Join(" ", changes.Select(c => (c.Defined ? "+" : "!") + c.Symbol));
                needed[key] = needed.TryGetValue(key, out var had) ? (had.Changes, had.Branches + 1) : (changes, 1);
            }
        }

        foreach (var pair in needed.OrderByDescending(p => p.Value.Branches).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxCombinedConfigurations))
        {
            var options = ImmutableDictionary.CreateBuilder<ProjectId, CSharpParseOptions>();
            foreach (var project in symbolsByProject)
            {
                if (!pair.Value.Changes.Any(c => project.Value.Contains(c.Symbol) || IsBuildSwitch(c.Symbol) && (project.Value.Contains(Debug) || project.Value.Contains(Release)))
                    || solution.GetProject(project.Key)!.ParseOptions is not CSharpParseOptions current)
                {
                    continue;
                }

                var names = new HashSet<string>(current.PreprocessorSymbolNames, StringComparer.Ordinal);
                foreach (var (symbol, defined) in pair.Value.Changes)
                {
                    _ = defined ? names.Add(symbol) : names.Remove(symbol);
                }

                options[project.Key] = current.WithPreprocessorSymbols(names.OrderBy(n => n, StringComparer.Ordinal));
            }

            yield return new BuildConfiguration(pair.Key, options.ToImmutable());
        }
    }

    /// <summary>
    /// The fewest symbol changes from <paramref name="defined"/> that compile <paramref name="branch"/> (DEBUG and RELEASE
    /// move together, as the SDK defines one or the other); null when none does.
    /// </summary>
    private static List<(string Symbol, bool Defined)>? FewestChanges(PreprocessorBranch branch, IEnumerable<string> defined)
    {
        var start = new HashSet<string>(defined, StringComparer.Ordinal);
        List<(string, bool)>? best = null;
        for (var mask = 1; mask < 1 << branch.Symbols.Count; mask++)
        {
            var state = new HashSet<string>(start, StringComparer.Ordinal);
            for (var i = 0; i < branch.Symbols.Count; i++)
            {
                if ((mask & (1 << i)) != 0 && !state.Remove(branch.Symbols[i]))
                {
                    state.Add(branch.Symbols[i]);
                }
            }

            var debugMoved = state.Contains(Debug) != start.Contains(Debug);
            var releaseMoved = state.Contains(Release) != start.Contains(Release);
            if (debugMoved && !releaseMoved && !branch.Symbols.Contains(Release))
            {
                _ = state.Contains(Debug) ? state.Remove(Release) : state.Add(Release);
            }
            else if (releaseMoved && !debugMoved && !branch.Symbols.Contains(Debug))
            {
                _ = state.Contains(Release) ? state.Remove(Debug) : state.Add(Debug);
            }

            if (state.Contains(Debug) && state.Contains(Release) || branch.IsActive(state) != true)
            {
                continue;
            }

            var changes = state.Except(start).Select(s => (s, true))
                .Concat(start.Except(state).Select(s => (s, false)))
                .OrderBy(c => c.Item1, StringComparer.Ordinal)
                .ToList();
            if (best is null || changes.Count < best.Count)
            {
                best = changes;
            }
        }

        return best;
    }

    private static bool IsBuildSwitch(string symbol) => symbol is Debug or Release;

    /// <summary>The symbols <paramref name="project"/> is built with in this configuration.</summary>
    private ICollection<string> SymbolsOf(ProjectId project, CSharpParseOptions current)
        => new HashSet<string>((_parseOptions.TryGetValue(project, out var options) ? options : current).PreprocessorSymbolNames, StringComparer.Ordinal);

    private const string Debug = "DEBUG";
    private const string Release = "RELEASE";

    /// <summary>
    /// <paramref name="symbol"/> defined where it is not and not where it is, in every project whose #if uses it (or
    /// <paramref name="partner"/>); with a partner, the partner takes the opposite state.
    /// </summary>
    private static BuildConfiguration Flip(
        Solution solution, Dictionary<ProjectId, HashSet<string>> symbolsByProject, string symbol, string? partner, string? name)
    {
        var options = ImmutableDictionary.CreateBuilder<ProjectId, CSharpParseOptions>();
        var defined = false;
        foreach (var pair in symbolsByProject)
        {
            if (!(pair.Value.Contains(symbol) || partner is not null && pair.Value.Contains(partner))
                || solution.GetProject(pair.Key)!.ParseOptions is not CSharpParseOptions current)
            {
                continue;
            }

            var names = current.PreprocessorSymbolNames.ToList();
            defined = names.Remove(symbol);
            if (!defined)
            {
                names.Add(symbol);
            }

            if (partner is not null)
            {
                names.Remove(partner);
                if (defined)
                {
                    names.Add(partner);
                }
            }

            options[pair.Key] = current.WithPreprocessorSymbols(names);
        }

        return new BuildConfiguration(name ?? (defined ? "!" : "+") + symbol, options.ToImmutable());
    }

    private static bool Mentions(string text, string directive) => text.IndexOf(directive, StringComparison.Ordinal) >= 0;

    public override string ToString() => Name;
}
