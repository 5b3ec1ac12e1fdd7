using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.CodeFixes.Tests.Corpus;

/// <summary>
/// Issue 12's promise, proven on real-world code shapes: whichever way the fixes are applied (one action at a time,
/// Fix All in document, project or solution, the IDs in either order, or as <c>dotnet format analyzers</c> applies them
/// in three random orders), in a workspace that holds the generated sources, (1) no step leaves a build (Debug and
/// Release, compiler and package analyzers) with an error or warning it did not have before, and (2) every way ends in
/// the same text: the reviewed snapshot under <c>after/</c>, including which ATLAS diagnostics the fixes leave for a
/// person to handle.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string, FixMode, int> Cases()
    {
        var data = new TheoryData<string, FixMode, int>();
        foreach (var shape in CorpusShape.Names())
        {
            foreach (var mode in Enum.GetValues<FixMode>())
            {
                foreach (var seed in mode == FixMode.DotnetFormat ? [1, 2, 3] : new[] { 0 })
                {
                    data.Add(shape, mode, seed);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_way_of_fixing_keeps_the_build_and_reaches_the_snapshot(string shapeName, FixMode mode, int seed)
    {
        if (CorpusSnapshot.Updating && mode != FixMode.FixAllSolution)
        {
            return; // the snapshot is written from one mode; the others are compared with it on the next plain run
        }

        var shape = CorpusShape.Load(shapeName);
        var solution = await CorpusSolution.CreateAsync(shape);
        var baseline = await CorpusBuild.RunAsync(solution);
        // A shape builds before any fix, but for errors a fix of the package is there to remove (ATLAS1004).
        var errors = baseline.Problems.Where(p => p.Diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && !FixDriver.FixableIds.Contains(p.Diagnostic.Id)).ToList();
        Assert.True(errors.Count == 0, "the shape must build before any fix:\n" + string.Join('\n', errors.Take(10)));
        Assert.NotEmpty(baseline.AtlasLines());

        var steps = 0;
        var driver = new FixDriver(async (step, current) =>
        {
            steps++;
            output.WriteLine(step);
            var added = (await CorpusBuild.RunAsync(current)).NewProblemsAgainst(baseline);
            Assert.True(added.Count == 0, $"after '{step}' the build has new problems:\n" + string.Join('\n', added.Take(20)));
        });
        var fixedSolution = await driver.RunAsync(solution, mode, seed);

        var texts = await CorpusSolution.TextsAsync(fixedSolution);
        var remaining = (await CorpusBuild.RunAsync(fixedSolution)).AtlasLines().ToList();
        if (CorpusSnapshot.Updating)
        {
            CorpusSnapshot.Write(shape, texts, remaining);
            return;
        }

        var differences = CorpusSnapshot.Compare(shape, texts, remaining);
        Assert.True(differences.Count == 0, $"{mode} (seed {seed}, {steps} steps) differs from the snapshot:\n" + string.Join('\n', differences));
    }
}
