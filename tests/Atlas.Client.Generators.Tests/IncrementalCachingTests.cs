using System.Reflection;
using Atlas.Client.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The pipeline re-does nothing after an unrelated edit, does redo the edited client, and caches only plain values
/// (walked by reflection here, so a symbol, syntax node or compilation hidden anywhere in the model graph is found).
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Clients = TestSources.Usings + TestSources.FlexInterface + TestSources.TenantInterface + TestSources.RestoreJobsInterface;

    /// <summary>Every step the generator declares, the hint names included.</summary>
    private static readonly string[] TrackedSteps = IncrementalCheck.Ours.Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnUnrelatedEditLeavesEveryStepCachedOrUnchanged(bool withHttpClientFactory)
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(withHttpClientFactory, Clients, "namespace MyApp; internal static class Other { }");
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("namespace MyApp; internal static class Other { public const int Answer = 42; }", GeneratorHarness.ParseOptions, path: "Source1.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            if (!second.TrackedSteps.TryGetValue(step, out var runs))
            {
                // A step the driver did not even visit did no work at all, which is better than cached; it happens to
                // the registration branch when the first run registered nothing. The clients themselves always run.
                Assert.False(withHttpClientFactory, $"{step} did not run");
                Assert.DoesNotContain(step, new[] { TrackingNames.Parse, TrackingNames.Clients });
                continue;
            }

            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {step} was {output.Reason}");
            }
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        // Three clients; with Microsoft.Extensions.Http also their registrations, AddAtlasAuthentication and the
        // registrations of the library's two ready-made clients.
        Assert.Equal(withHttpClientFactory ? 9 : 3, second.GeneratedSources.Length);
    }

    [Fact]
    public async Task EditingOneInterfaceRegeneratesOnlyThatClient()
    {
        var flex = TestSources.Usings + TestSources.FlexInterface;
        var tenant = TestSources.Usings + TestSources.TenantInterface;
        var compilation = await GeneratorHarness.CreateCompilationAsync(false, flex, tenant);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(tenant.Replace("bool? pretty = null, ", string.Empty, StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Source1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = result.TrackedSteps[TrackingNames.Clients].SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(reasons, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.DoesNotContain("pretty", result.GeneratedSources.Single(s => s.HintName.Contains("Tenant", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnInterfaceEmitsOnlyItsClient()
    {
        var (driver, compilation) = await TwoClientsAsync();
        var added = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            TestSources.Usings + TestSources.RestoreJobsInterface, GeneratorHarness.ParseOptions, path: "Source2.cs"));
        var emitted = Emitted(driver.RunGenerators(added));
        Assert.Equal(["MyApp.FlexRestoreJobsClient.g.cs"], emitted);
    }

    [Fact]
    public async Task RemovingAnInterfaceEmitsNothingElse()
    {
        var (driver, compilation) = await TwoClientsAsync();
        var result = driver.RunGenerators(compilation.RemoveSyntaxTrees(compilation.SyntaxTrees.Last()));
        Assert.Empty(Emitted(result));
        Assert.Single(result.GetRunResult().Results.Single().GeneratedSources);
    }

    [Fact]
    public async Task RenamingAnInterfaceEmitsOnlyItsClient()
    {
        var (driver, compilation) = await TwoClientsAsync();
        var renamed = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(), CSharpSyntaxTree.ParseText(
            TestSources.Usings + TestSources.TenantInterface.Replace("ITenantSnapshots", "ILegacySnapshots", StringComparison.Ordinal),
            GeneratorHarness.ParseOptions, path: "Source1.cs"));
        Assert.Equal(["MyApp.LegacySnapshotsClient.g.cs"], Emitted(driver.RunGenerators(renamed)));
    }

    /// <summary>Two interfaces in two files, run once.</summary>
    private static async Task<(GeneratorDriver Driver, Compilation Compilation)> TwoClientsAsync()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(false, TestSources.Usings + TestSources.FlexInterface, TestSources.Usings + TestSources.TenantInterface);
        return (GeneratorHarness.CreateDriver().RunGenerators(compilation), compilation);
    }

    /// <summary>The files the last run emitted anew (its source outputs that are New or Modified).</summary>
    private static List<string> Emitted(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(run => run.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            // A source output's value is (the sources it added, its diagnostics); a source is a GeneratedSourceText.
            .SelectMany(o => ((System.Collections.IEnumerable)o.Value.GetType().GetField("Item1")!.GetValue(o.Value)!).Cast<object>())
            .Select(source => (string)source.GetType().GetProperty("HintName", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(source)!)
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task TheCachedModelHoldsNoSymbolSyntaxCompilationOrLocation()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(true, Clients);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.Clients].SelectMany(run => run.Outputs).Select(o => o.Value).ToList();
        Assert.Equal(3, models.Count);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var model in models)
        {
            IncrementalCheck.Walk(model, "model", visited);
        }

        // The walk must really have gone through the graph: methods, parameters and route parts are in it.
        Assert.Contains(visited, o => o.GetType().Name == "ParameterModel");
        Assert.Contains(visited, o => o.GetType().Name == "RoutePart");
        Assert.Contains(visited, o => o.GetType().Name == "PagingModel");
        Assert.Contains(visited, o => o.GetType().Name == "ResultModel");
    }

    [Fact]
    public async Task EveryStepYieldsValuesTheCompilersPipelineCodeIsSharedFor()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(true, Clients);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps.Where(s => IncrementalCheck.Ours.Contains(s.Key))
            .SelectMany(s => s.Value.SelectMany(run => run.Outputs).Where(o => o.Value is not null).Select(o => (Step: s.Key, Type: o.Value.GetType())))
            .ToList();
        foreach (var (step, type) in outputs)
        {
            IncrementalCheck.AssertSharesPipelineCode(type, step);
        }

        // The steps that pair values (Combine) and collect them are among those checked, and the check itself bites on
        // what the pipeline had before: a struct array of ours, a tuple holding a bool.
        Assert.Contains(outputs, o => o.Step == TrackingNames.ClientsWithHttpClientFactory && o.Type.IsValueType);
        Assert.Contains(outputs, o => o.Step == TrackingNames.ClientsWithHintNames && o.Type.IsValueType);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => IncrementalCheck.AssertSharesPipelineCode(typeof((object, bool)), "pair"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => IncrementalCheck.AssertSharesPipelineCode(typeof(KeyValuePair<string, string>), "struct"));
        IncrementalCheck.AssertSharesPipelineCode(typeof(System.Collections.Immutable.ImmutableArray<string>), "collected");
    }
}
