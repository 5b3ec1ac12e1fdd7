using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Atlas.Client.CodeFixes.Tests;

/// <summary>
/// The one configuration of every verifier test: .NET 8 reference assemblies plus the Atlas.Client runtime library,
/// the way a user's project sees it.
/// </summary>
internal static class TestSetup
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Atlas.Client;

        """;

    /// <summary>The folder of Generators.sln above the test's output folder.</summary>
    public static string RepositoryRoot { get; } = Atlas.Client.CatalogTool.CatalogPaths.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("Generators.sln not found above the test's output folder.");

    public static MetadataReference AtlasClientReference { get; } =
        MetadataReference.CreateFromFile(typeof(AtlasClientAttribute).Assembly.Location);

    public static TTest Configure<TTest>(TTest test)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.TestState.AdditionalReferences.Add(AtlasClientReference);

        // "$$" opens raw interpolated strings in the tests' sources; it is not a caret position here.
        test.MarkupOptions |= MarkupOptions.TreatPositionIndicatorsAsCode;
        return test;
    }
}

/// <summary>Runs one analyzer over markup source and compares its diagnostics with the markup's.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = TestSetup.Configure(new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = TestSetup.Usings + source });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

/// <summary>Runs an analyzer and its code fix; the framework also checks Fix All in document, project and solution.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource)
        => TestSetup.Configure(new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = TestSetup.Usings + source,
            FixedCode = TestSetup.Usings + fixedSource,
        });

    public static Task VerifyAsync(string source, string fixedSource) => Create(source, fixedSource).RunAsync();
}
