using System.Collections;
using System.Reflection;
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

    private static readonly string[] TrackedSteps =
    {
        TrackingNames.Parse, TrackingNames.Clients, TrackingNames.HasHttpClientFactory, TrackingNames.Registrations,
        TrackingNames.PackageServices,
    };

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
    public async Task TheCachedModelHoldsNoSymbolSyntaxCompilationOrLocation()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(true, Clients);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.Clients].SelectMany(run => run.Outputs).Select(o => o.Value).ToList();
        Assert.Equal(3, models.Count);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var model in models)
        {
            Walk(model, "model", visited);
        }

        // The walk must really have gone through the graph: methods, parameters and route parts are in it.
        Assert.Contains(visited, o => o.GetType().Name == "ParameterModel");
        Assert.Contains(visited, o => o.GetType().Name == "RoutePart");
        Assert.Contains(visited, o => o.GetType().Name == "PagingModel");
        Assert.Contains(visited, o => o.GetType().Name == "ResultModel");
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol, $"{path} is an ISymbol");
        Assert.False(value is SyntaxNode, $"{path} is a SyntaxNode");
        Assert.False(value is Compilation, $"{path} is a Compilation");
        Assert.False(value is Location, $"{path} is a Location");
        Assert.False(value is SemanticModel, $"{path} is a SemanticModel");
        Assert.False(value is SyntaxTree, $"{path} is a SyntaxTree");

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        if (value.GetType().IsValueType)
        {
            visited.Add(value);
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, visited);
        }
    }
}
