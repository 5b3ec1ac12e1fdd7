using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace Atlas.Client.Benchmarks.Runtime;

/// <summary>
/// The CI smoke of the run-time benchmarks (no timing): every [Benchmark] method of every endpoint class is called
/// through a handler that checks its request, and must return the spec's example body, field for field.
/// Finds the benchmark methods by attribute, so a client added later is checked without touching this file.
/// </summary>
internal static class RuntimeSmoke
{
    public static IReadOnlyList<Type> BenchmarkClasses { get; } =
        typeof(EndpointBenchmarkBase).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(EndpointBenchmarkBase)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

    public static async Task<int> RunAsync(TextWriter log)
    {
        var failures = 0;
        foreach (var type in BenchmarkClasses)
        {
            var instance = (EndpointBenchmarkBase)Activator.CreateInstance(type)!;
            VerifyingHandler? handler = null;
            instance.HandlerOverride = body => handler = new VerifyingHandler(instance.ExpectedUri, instance.Endpoint.MediaType, body);
            instance.CreateClients();
            try
            {
                var expected = JsonNode.Parse(SpecExampleBody.Utf8(instance.Endpoint))!.AsObject();
                foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                {
                    var name = $"{type.Name}.{method.Name}";
                    try
                    {
                        var before = handler!.Requests;
                        // Twice: the second call runs on whatever the first one cached.
                        for (var i = 0; i < 2; i++)
                        {
                            var result = await InvokeAsync(instance, method);
                            var problems = Differences(expected, Serialize(result));
                            if (problems.Count > 0)
                            {
                                throw new InvalidOperationException("result differs from the spec body: " + string.Join("; ", problems));
                            }
                        }

                        if (handler.Requests - before != 2)
                        {
                            throw new InvalidOperationException($"expected 2 requests, the handler saw {handler.Requests - before}");
                        }

                        log.WriteLine($"  ok   {name}");
                    }
                    catch (Exception e)
                    {
                        failures++;
                        log.WriteLine($"  FAIL {name}: {(e is TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message)}");
                    }
                }
            }
            finally
            {
                instance.DisposeClients();
            }
        }

        return failures;
    }

    private static async Task<object> InvokeAsync(object instance, MethodInfo method)
    {
        var task = (Task)method.Invoke(instance, null)!;
        await task.ConfigureAwait(false);
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)
            ?? throw new InvalidOperationException("returned null");
    }

    private static JsonObject Serialize(object result)
    {
        var typeInfo = AtlasJsonContext.Default.GetTypeInfo(result.GetType())
            ?? throw new InvalidOperationException($"AtlasJsonContext has no metadata for {result.GetType()}.");
        return JsonNode.Parse(JsonSerializer.Serialize(result, typeInfo))!.AsObject();
    }

    /// <summary>Every field of the spec body must come back with the same value (date-times compared as instants).</summary>
    private static List<string> Differences(JsonObject expected, JsonObject actual)
    {
        var problems = new List<string>();
        foreach (var (name, value) in expected)
        {
            var got = actual[name];
            if (!JsonNode.DeepEquals(value, got) && !SameInstant(value, got))
            {
                problems.Add($"{name}: expected {value?.ToJsonString()}, got {got?.ToJsonString() ?? "nothing"}");
            }
        }

        return problems;
    }

    // "2026-01-15T10:30:00Z" comes back as "2026-01-15T10:30:00+00:00": the same instant, written differently.
    private static bool SameInstant(JsonNode? expected, JsonNode? actual)
        => expected is JsonValue e && e.TryGetValue<string>(out var expectedText)
            && actual is JsonValue a && a.TryGetValue<string>(out var actualText)
            && DateTimeOffset.TryParse(expectedText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedInstant)
            && DateTimeOffset.TryParse(actualText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var actualInstant)
            && expectedInstant == actualInstant;
}
