using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>One fuzz case: the mutated source and the project settings it is compiled with.</summary>
internal sealed record FuzzInput(
    int Index, int Seed, string SeedName, IReadOnlyList<string> Mutations, string Source,
    LanguageVersion LanguageVersion, NullableContextOptions Nullable, bool WithHttpClientFactory)
{
    /// <summary>What a failure prints: enough to replay the case alone, and the source itself.</summary>
    public string Describe(int masterSeed)
    {
        var shown = Source.Length > 3000 ? Source[..3000] + $"\n… ({Source.Length} chars in all)" : Source;
        return $"case {Index} (replay: {CompileTimeFuzzTests.SeedVariable}={masterSeed} {CompileTimeFuzzTests.CaseVariable}={Index}), seed '{SeedName}', "
            + $"mutations [{string.Join(", ", Mutations)}], C# {LanguageVersion.ToDisplayString()}, nullable {Nullable}, "
            + $"Microsoft.Extensions.Http {(WithHttpClientFactory ? "referenced" : "not referenced")}\n----- source -----\n{shown}\n------------------";
    }
}
