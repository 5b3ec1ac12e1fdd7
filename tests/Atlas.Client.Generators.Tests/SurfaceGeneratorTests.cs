using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The backup surface's shapes beyond the exact-source test: nullable and value-type variants that must still compile
/// warning-free, the library's ready-made clients (which consumers must not get a second copy of) and the one
/// AddAtlasAuthentication extension per compilation.
/// </summary>
public sealed class SurfaceGeneratorTests
{
    private const string Widgets = TestSources.Usings + """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;

        [AtlasClient(JsonContext = typeof(WidgetContext))]
        internal partial interface IWidgets
        {
            [Get("/w/{id}", Version = "2024-11-13")]
            Task<AtlasResponse<Widget?>> MaybeAsync(string id);

            [Get("/w/{id}", Version = "2024-11-13")]
            ValueTask<AtlasResponse<Widget>> GetAsync(string id);

            [Post("/w", Version = "2024-11-13")]
            Task<Widget?> CreateAsync([Body] Widget? widget);

            [Put("/w/{id}", Version = "2024-11-13")]
            Task PutAsync(string id, [Body] int? count);

            [Patch("/w/{id}", Version = "2024-11-13")]
            Task<AtlasResponse> PatchAsync(string id, [Body] Widget widget, CancellationToken cancellationToken);

            [Get("/w", Version = "2024-11-13")]
            IAsyncEnumerable<Widget?> EnumerateAsync(int pageNum = 2, int itemsPerPage = 10);

            [Get("/w", Version = "2024-11-13")]
            IAsyncEnumerable<Widget> EnumerateAllAsync(string? filter = null, bool? envelope = null);
        }

        internal sealed class Widget
        {
            public string? Name { get; set; }
        }

        [JsonSerializable(typeof(Widget))]
        [JsonSerializable(typeof(int?))]
        [JsonSerializable(typeof(AtlasPage<Widget>))]
        internal sealed partial class WidgetContext : JsonSerializerContext
        {
        }
        """;

    [Fact]
    public async Task NullableAndValueTypeVariantsCompileWithoutAWarning()
    {
        var result = await GeneratorHarness.RunAsync(Widgets);

        Assert.Empty(result.Analyzer);
        Assert.True(result.Compiler.IsEmpty, string.Join("; ", result.Compiler));
        var client = result.Generated["MyApp.WidgetsClient.g.cs"];
        // AtlasResponse<Widget?>: the metadata is Widget's, so the type argument is spelled out.
        Assert.Contains("SendForResponseAsync<global::MyApp.Widget?>(__uri.ToRequest(__MaybeAsyncOperation), __MaybeAsyncOperation, global::MyApp.WidgetContext.Default.Widget!, false, default)", client, StringComparison.Ordinal);
        Assert.Contains("SendNullableAsync(__uri.ToRequest(__CreateAsyncOperation, widget, global::MyApp.WidgetContext.Default.Widget)", client, StringComparison.Ordinal);
        Assert.Contains("return new global::System.Threading.Tasks.ValueTask<global::Atlas.Client.AtlasResponse<global::MyApp.Widget>>(this.__invoker.SendForResponseAsync(", client, StringComparison.Ordinal);
        // A body is null-checked whatever its annotation or kind, before any I/O.
        Assert.Contains("if (widget is null) throw new global::System.ArgumentNullException(\"widget\");", client, StringComparison.Ordinal);
        Assert.Contains("if (count is null) throw new global::System.ArgumentNullException(\"count\");", client, StringComparison.Ordinal);
        Assert.Contains("__uri.ToRequest(__PutAsyncOperation, count, global::MyApp.WidgetContext.Default.NullableInt32)", client, StringComparison.Ordinal);
        Assert.Contains("this.__invoker.SendForResponseAsync(__uri.ToRequest(__PatchAsyncOperation, widget, global::MyApp.WidgetContext.Default.Widget), __PatchAsyncOperation, cancellationToken)", client, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnnotationsInsideAResultOrBodyAreSpelledOutSoNothingWarns()
    {
        // The metadata is of the unannotated types; inferred from it, each call would return or take a type whose
        // inner '?' differs from the declared one, and the compiler would warn in generated code.
        var source = TestSources.Usings + """
            using System.Collections.Generic;

            [AtlasClient(JsonContext = typeof(ListContext))]
            internal partial interface INested
            {
                [Get("/a", Version = "2024-11-13")] Task<AtlasPage<FlexBackupSnapshot?>> PageAsync();
                [Get("/a", Version = "2024-11-13")] ValueTask<AtlasPage<FlexBackupSnapshot?>?> MaybePageAsync();
                [Get("/a", Version = "2024-11-13")] Task<AtlasResponse<AtlasPage<FlexBackupSnapshot?>>> ResponseAsync();
                [Get("/a", Version = "2024-11-13")] IAsyncEnumerable<FlexBackupSnapshot?> WalkAsync();
                [Get("/a", Version = "2024-11-13")] IAsyncEnumerable<List<FlexBackupSnapshot?>> WalkListsAsync();
                [Post("/a", Version = "2024-11-13")] Task PostAsync([Body] List<FlexBackupSnapshot?>? items);
            }

            [System.Text.Json.Serialization.JsonSerializable(typeof(List<FlexBackupSnapshot>))]
            [System.Text.Json.Serialization.JsonSerializable(typeof(AtlasPage<List<FlexBackupSnapshot>>))]
            internal sealed partial class ListContext : System.Text.Json.Serialization.JsonSerializerContext
            {
            }
            """;

        var result = await GeneratorHarness.RunAsync(source);

        Assert.Empty(result.Analyzer);
        Assert.True(result.Compiler.IsEmpty, string.Join("; ", result.Compiler));
        var client = result.Generated["MyApp.NestedClient.g.cs"];
        Assert.Contains("SendAsync<global::Atlas.Client.AtlasPage<global::Atlas.Client.FlexBackupSnapshot?>>(", client, StringComparison.Ordinal);
        Assert.Contains("SendNullableAsync<global::Atlas.Client.AtlasPage<global::Atlas.Client.FlexBackupSnapshot?>>(", client, StringComparison.Ordinal);
        Assert.Contains("global::Atlas.Client.AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot!,", client, StringComparison.Ordinal);
        Assert.Contains("ReadPagesAsync<global::System.Collections.Generic.List<global::Atlas.Client.FlexBackupSnapshot?>>(", client, StringComparison.Ordinal);
        Assert.Contains("ToRequest<global::System.Collections.Generic.List<global::Atlas.Client.FlexBackupSnapshot?>>(__PostAsyncOperation, items, global::MyApp.ListContext.Default.ListFlexBackupSnapshot!)", client, StringComparison.Ordinal);
        // A '?' on the item alone needs nothing: IAsyncEnumerable<out T> converts.
        Assert.Contains("return this.__invoker.ReadPagesAsync(", client, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageWalkSubstitutesItsOwnPagingValuesAndAppendsTheMissingOnes()
    {
        var result = await GeneratorHarness.RunAsync(Widgets);
        var client = result.Generated["MyApp.WidgetsClient.g.cs"];

        // Declared (non-nullable) paging parameters start the walk and are replaced by the page's own values.
        var declared = Section(client, "EnumerateAsync(", "EnumerateAllAsync(");
        Assert.Contains("pageNum, \"pageNum\",", declared, StringComparison.Ordinal);
        Assert.Contains("itemsPerPage, \"itemsPerPage\",", declared, StringComparison.Ordinal);
        Assert.Contains("__page.AppendQuery(\"pageNum\", __pageNum);", declared, StringComparison.Ordinal);
        Assert.Contains("__page.AppendQuery(\"itemsPerPage\", __itemsPerPage);", declared, StringComparison.Ordinal);
        Assert.DoesNotContain("AppendQuery(\"pageNum\", pageNum)", declared, StringComparison.Ordinal);

        // Undeclared ones are appended after the method's own query, and the envelope flag reaches the walk.
        var undeclared = client[client.IndexOf("EnumerateAllAsync(string", StringComparison.Ordinal)..];
        Assert.Contains("envelope == true,", undeclared, StringComparison.Ordinal);
        Assert.Contains("null, \"pageNum\",", undeclared, StringComparison.Ordinal);
        var filter = undeclared.IndexOf("AppendQuery(\"filter\", filter)", StringComparison.Ordinal);
        var envelope = undeclared.IndexOf("AppendQuery(\"envelope\", envelope)", StringComparison.Ordinal);
        var itemsPerPage = undeclared.IndexOf("AppendQuery(\"itemsPerPage\", __itemsPerPage)", StringComparison.Ordinal);
        var pageNum = undeclared.IndexOf("AppendQuery(\"pageNum\", __pageNum)", StringComparison.Ordinal);
        Assert.True(filter > 0 && filter < envelope && envelope < itemsPerPage && itemsPerPage < pageNum, undeclared);
    }

    [Fact]
    public async Task ConsumersOfTheLibraryGetNoSecondCopyOfItsReadyMadeClientsOnlyTheirRegistrations()
    {
        // The ready-made clients live, compiled, in Atlas.Client.dll: a consumer's generator only sees its own
        // interfaces. The library cannot ship their Add{Name}Client (it does not reference Microsoft.Extensions.Http), so
        // a consumer that does gets an internal one.
        var source = "using Microsoft.Extensions.DependencyInjection;\n" + TestSources.Usings + """
            internal static class Use
            {
                internal static IFlexBackups Flex(System.Net.Http.HttpClient http) => new FlexBackupsClient(http);

                internal static ITenantBackups Tenant(System.Net.Http.HttpClient http) => new TenantBackupsClient(http);

                internal static void Register(IServiceCollection services, AtlasCredentials credentials)
                {
                    services.AddFlexBackupsClient(options => options.BaseAddress = new System.Uri("https://gateway.example/")).AddAtlasAuthentication(credentials);
                    services.AddTenantBackupsClient().AddAtlasAuthentication(credentials);
                }
            }
            """;

        var withFactory = await GeneratorHarness.RunAsync(source, withHttpClientFactory: true);
        var without = await GeneratorHarness.RunAsync(TestSources.Usings + "internal static class Use { internal static IFlexBackups Flex(System.Net.Http.HttpClient http) => new FlexBackupsClient(http); }");

        Assert.Equal(GeneratorBehaviourTests.PackageServices, withFactory.Generated.Keys.Order(StringComparer.Ordinal));
        var flex = withFactory.Generated["Atlas.Client.FlexBackupsClient.ServiceCollectionExtensions.g.cs"];
        Assert.Contains("namespace Atlas.Client", flex, StringComparison.Ordinal);
        Assert.Contains("internal static class FlexBackupsClientServiceCollectionExtensions", flex, StringComparison.Ordinal);
        Assert.Contains("AddHttpClient<global::Atlas.Client.IFlexBackups, global::Atlas.Client.FlexBackupsClient>(", flex, StringComparison.Ordinal);
        Assert.Empty(withFactory.Analyzer);
        Assert.True(withFactory.Compiler.IsEmpty, string.Join("; ", withFactory.Compiler));
        Assert.Empty(without.Generated);
        Assert.Empty(without.Compiler);
    }

    [Fact]
    public async Task TheAuthenticationExtensionIsEmittedOncePerCompilationAndChainsTheCredentialsHandler()
    {
        var source = WithDependencyInjection + TestSources.FlexInterface + TestSources.RestoreJobsInterface + UsesAddAtlasAuthentication;

        var result = await GeneratorHarness.RunAsync(source, withHttpClientFactory: true);

        Assert.Single(result.Generated.Keys, k => k.Contains("AtlasHttpClientBuilderExtensions", StringComparison.Ordinal));
        var extension = result.Generated["AtlasHttpClientBuilderExtensions.g.cs"];
        Assert.Contains("namespace Microsoft.Extensions.DependencyInjection", extension, StringComparison.Ordinal);
        Assert.Contains("internal static class AtlasHttpClientBuilderExtensions", extension, StringComparison.Ordinal);
        Assert.Contains("HttpClientBuilderExtensions.AddHttpMessageHandler(builder, () => credentials.CreateHandler())", extension, StringComparison.Ordinal);
        Assert.Contains("#nullable enable", extension, StringComparison.Ordinal);
        Assert.Empty(result.Analyzer);
        Assert.True(result.Compiler.IsEmpty, string.Join("; ", result.Compiler));
    }

    [Fact]
    public async Task BelowCSharp8TheExtensionIsWrittenWithoutNullableSyntax()
    {
        const string source = """
            using Atlas.Client;
            using Microsoft.Extensions.DependencyInjection;

            namespace Old
            {
                internal static class Setup
                {
                    internal static IHttpClientBuilder Configure(IServiceCollection services, AtlasCredentials credentials)
                    {
                        return services.AddHttpClient("atlas").AddAtlasAuthentication(credentials);
                    }
                }
            }
            """;

        var result = await GeneratorHarness.RunAsync(source, withHttpClientFactory: true, languageVersion: LanguageVersion.CSharp7_3);

        // Only the authentication helper: the registrations' optional configure parameter is nullable syntax.
        Assert.Equal(new[] { "AtlasHttpClientBuilderExtensions.g.cs" }, result.Generated.Keys);
        Assert.DoesNotContain("#nullable", result.Generated["AtlasHttpClientBuilderExtensions.g.cs"], StringComparison.Ordinal);
        Assert.True(result.Compiler.IsEmpty, string.Join("; ", result.Compiler));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TwoProjectsUsingThePackageNeverClash(bool firstGrantsInternalsToSecond)
    {
        // The first project, built with its own generated extension.
        var grant = firstGrantsInternalsToSecond ? "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"UserProject\")]\n" : string.Empty;
        var first = (await GeneratorHarness.CreateCompilationAsync(true, grant + "namespace First { internal static class Marker { } }"))
            .WithAssemblyName("FirstProject");
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(first, out var firstOutput, out _);
        Assert.Empty(firstOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        // The second references the first and calls the extension.
        var second = (await GeneratorHarness.CreateCompilationAsync(true, WithDependencyInjection + UsesAddAtlasAuthentication))
            .AddReferences(firstOutput.ToMetadataReference());
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(second, out var secondOutput, out _);

        // Seeing the first's internal copies, the second uses them; otherwise it has its own, invisible to the other.
        var emitted = driver.GetRunResult().GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(firstGrantsInternalsToSecond ? Array.Empty<string>() : GeneratorBehaviourTests.PackageServices, emitted);
        var problems = secondOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    /// <summary>A call as a user writes it, found through the usual using directive; goes after <see cref="WithDependencyInjection"/>.</summary>
    private const string UsesAddAtlasAuthentication = """

        internal static class Setup
        {
            internal static IHttpClientBuilder Configure(IServiceCollection services, AtlasCredentials credentials)
                => services.AddHttpClient("atlas").AddAtlasAuthentication(credentials);

            internal static IHttpClientBuilder ConfigureFlex(IServiceCollection services, AtlasCredentials credentials)
                => services.AddFlexBackupsClient().AddAtlasAuthentication(credentials);
        }

        """;

    private const string WithDependencyInjection = "using Microsoft.Extensions.DependencyInjection;\n" + TestSources.Usings;

    private static string Section(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..end];
    }
}
