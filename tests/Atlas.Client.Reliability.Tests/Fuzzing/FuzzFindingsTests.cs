using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>
/// What the fuzzer found, each reduced to a minimal source and kept as a regression test: the generator crashed on it,
/// or emitted code that did not compile although the input had no error.
/// </summary>
public sealed class FuzzFindingsTests
{
    private const string Usings = "using System.Threading;\nusing System.Threading.Tasks;\nusing Atlas.Client;\n";
    private const string Get = "[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);";

    public static TheoryData<string, string> ValidInputs => new()
    {
        // CS8785: '@' from a keyword namespace reached AddSource in the hint name.
        { "keyword namespace", Usings + "namespace @event.Atlas { [AtlasClient] internal partial interface IFlex { " + Get + " } }" },
        // Hint names are compared ignoring case: two namespaces differing only in case produced one name twice.
        { "namespaces differing in case", Usings + "namespace A { [AtlasClient] internal partial interface IFlex { " + Get + " } }\nnamespace a { [AtlasClient] internal partial interface IFlex { " + Get + " } }" },
        { "unicode names", Usings + "namespace Ωμέγα.Φ { [AtlasClient] internal partial interface IΦλεξ { " + Get + " } [AtlasClient] internal partial interface I\\u0046lex { " + Get + " } }" },
        // CS8625: a null default on a non-nullable (or oblivious) string was repeated as '= default' under #nullable enable.
        { "null default, nullable enabled", Usings + "#nullable enable\n[AtlasClient] internal partial interface IFlex { [Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string name = null!); }" },
        { "null default, nullable disabled", Usings + "#nullable disable\n[AtlasClient] internal partial interface IFlex { [Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string name = null); }" },
        // CS1574: the cref 'A.B.A.B.IFlex' bound to the inner A from inside the nested client.
        { "nesting that repeats names", Usings + "public partial class A { private partial class B { public partial class A { private partial class B { [AtlasClient] internal partial interface IFlex { " + Get + " } } } } }" },
        // CS0102/CS0136/CS1503: user names that the generated class also needed for its own fields and locals.
        // CS0723: a user type named 'var' took the place of the keyword in the generated 'var __uri = …'.
        { "a type named var", Usings + "namespace MyApp { internal static class @var { } [AtlasClient] internal partial interface IFlex { " + Get
            + " [Get(\"/p\", Version = \"2024-11-13\")] System.Collections.Generic.IAsyncEnumerable<FlexBackupSnapshot> WalkAsync(); } }" },
        { "names the generated class uses", Usings + "[AtlasClient] internal partial interface IFlex { " + Get
            + " [Get(\"/b/{__uri}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> __GetAsyncOperation(string __uri, string __GetAsyncOperation, string __invoker); }" },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public async Task ValidInputsGenerateCodeThatCompilesCleanly(string name, string source)
    {
        foreach (var nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
        {
            var outcome = await RunAsync(name, source, nullable);

            Assert.True(outcome.Crashes.Count == 0, string.Join("\n", outcome.Crashes));
            Assert.False(outcome.InputHasError, $"{name}: the input should be valid");
            Assert.True(outcome.GeneratedCodeBroken is null, outcome.GeneratedCodeBroken);
            Assert.True(outcome.GeneratedCompiledClean, $"{name}: nothing was generated");
        }
    }

    [Theory]
    [InlineData("file-local interface", Usings + "[AtlasClient] file partial interface IFlex { " + Get + " }", "ATLAS1015")]
    [InlineData("client named like its enclosing type", Usings + "internal partial class FlexClient { [AtlasClient] internal partial interface IFlex { " + Get + " } }", "ATLAS1009")]
    [InlineData("method named like the client's field", Usings + "[AtlasClient] internal partial interface IFlex { [Get(\"/c\", Version = \"2024-11-13\")] Task __invoker(); }", "ATLAS1009")]
    // CS1525: a CancellationToken named like a placeholder filled the route as '(())token'.
    [InlineData("cancellation token in the route", Usings + "[AtlasClient] internal partial interface IFlex { [Get(\"/x/{cancellationToken}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(CancellationToken cancellationToken); }", "ATLAS1012")]
    [InlineData("[Body] cancellation token in the route", Usings + "[AtlasClient] internal partial interface IFlex { [Post(\"/x/{token}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> PostAsync([Body] CancellationToken token); }", "ATLAS1012")]
    [InlineData("[Body] on the cancellation token", Usings + "[AtlasClient] internal partial interface IFlex { [Post(\"/x\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> PostAsync([Body] CancellationToken token); }", "ATLAS1014")]
    // CS1001: TypeInfoPropertyName = " " became 'Context.Default. ' in the generated call.
    [InlineData("TypeInfoPropertyName that is no identifier", Usings + "[AtlasClient(JsonContext = typeof(C))] internal partial interface IW { [Get(\"/w\", Version = \"2024-11-13\")] Task<W> GetAsync(); }\n"
        + "internal sealed class W { }\n[System.Text.Json.Serialization.JsonSerializable(typeof(W), TypeInfoPropertyName = \" \")] internal sealed partial class C : System.Text.Json.Serialization.JsonSerializerContext { }", "ATLAS1008")]
    [InlineData("TypeInfoPropertyName that is a keyword", Usings + "[AtlasClient(JsonContext = typeof(C))] internal partial interface IW { [Get(\"/w\", Version = \"2024-11-13\")] Task<W> GetAsync(); }\n"
        + "internal sealed class W { }\n[System.Text.Json.Serialization.JsonSerializable(typeof(W), TypeInfoPropertyName = \"class\")] internal sealed partial class C : System.Text.Json.Serialization.JsonSerializerContext { }", "ATLAS1008")]
    public async Task ShapesTheGeneratedClientCannotTakeAreReportedInsteadOfEmittedBroken(string name, string source, string id)
    {
        var harness = await CompileTimeHarness.SharedAsync();
        var input = new FuzzInput(0, 0, name, [], source, LanguageVersion.Latest, NullableContextOptions.Enable, WithHttpClientFactory: true);

        var outcome = await harness.RunAsync(input, CancellationToken.None);
        var diagnostics = await harness.AnalyzerDiagnosticsAsync(input);

        Assert.Empty(outcome.Crashes);
        Assert.Contains(diagnostics, d => d.Id == id);
        Assert.True(outcome.GeneratedFiles == 0 || outcome.GeneratedCompiledClean, $"{name}: what was generated does not compile");
    }

    private static async Task<CaseOutcome> RunAsync(string name, string source, NullableContextOptions nullable)
    {
        var harness = await CompileTimeHarness.SharedAsync();
        return await harness.RunAsync(new FuzzInput(0, 0, name, [], source, LanguageVersion.Latest, nullable, WithHttpClientFactory: true), CancellationToken.None);
    }
}
