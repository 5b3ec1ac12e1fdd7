using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// What every generator test also proves (the harness runs it on each test's compilation): run again on a clone of the
/// compilation, every tracked step of the generator, the hint names included, is Cached or Unchanged and no source is
/// emitted again; and no step's output holds a symbol, syntax node, compilation, semantic model, tree or location.
/// </summary>
internal static class IncrementalCheck
{
    /// <summary>Every step name the generator declares.</summary>
    public static readonly HashSet<string> Ours = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    public static void AssertSecondRunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        var first = driver.GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(ClientGenerator));
        var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(ClientGenerator));
        // The generator's own steps (every one of TrackingNames); Roslyn's internal steps hold the compilation by design.
        var ours = rerun.TrackedSteps.Where(s => Ours.Contains(s.Key)).ToList();
        Assert.NotEmpty(ours);
        foreach (var (step, runs) in ours)
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"on an unchanged compilation, step {step} was {output.Reason}");
            }
        }

        foreach (var output in rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(run => run.Outputs))
        {
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
        }

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (step, runs) in first.TrackedSteps.Where(s => Ours.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Walk(output.Value, step, visited);
                if (output.Value is { } value)
                {
                    AssertSharesPipelineCode(value.GetType(), step);
                }
            }
        }
    }

    /// <summary>
    /// The compiler's pipeline types are generic over each step's value. Over a reference type (or a tuple or array of
    /// them) they share the code every other generator already runs; over a value type they are code of their own,
    /// which a fresh compiler process JIT-compiles on every build (about 300 methods when the model's arrays and one
    /// step's bool were structs; <c>bench analyzer-cost --jit-summary</c>).
    /// </summary>
    public static void AssertSharesPipelineCode(Type type, string step)
    {
        if (!type.IsValueType)
        {
            return;
        }

        // Collect's ImmutableArray and Combine's tuples are shared by every generator, as long as they hold references.
        var shared = type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            || type.GetGenericTypeDefinition() == typeof(ValueTuple<,>));
        Assert.True(shared, $"step {step} yields the value type {type}: the compiler's pipeline tables get code of their own for it");
        foreach (var argument in type.GetGenericArguments())
        {
            Assert.False(argument.IsValueType, $"step {step} yields {type}, generic over the value type {argument}: the compiler's pipeline tables get code of their own for it");
        }
    }

    /// <summary>Fails on a Roslyn object anywhere in the graph of <paramref name="value"/> (fields, items).</summary>
    public static void Walk(object? value, string path, HashSet<object> visited)
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
