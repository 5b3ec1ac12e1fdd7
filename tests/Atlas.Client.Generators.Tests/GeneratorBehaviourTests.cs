using Atlas.Client.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>What the generator emits beyond the two foundation endpoints: DI, JSON binding, nesting, signatures.</summary>
public sealed class GeneratorBehaviourTests
{
    /// <summary>What every compilation with Microsoft.Extensions.Http and Atlas.Client gets besides its own clients.</summary>
    internal static readonly string[] PackageServices =
    {
        "Atlas.Client.FlexBackupsClient.ServiceCollectionExtensions.g.cs",
        "Atlas.Client.TenantBackupsClient.ServiceCollectionExtensions.g.cs",
        "AtlasHttpClientBuilderExtensions.g.cs",
    };

    [Fact]
    public async Task ServiceRegistrationIsEmittedOnlyWithMicrosoftExtensionsHttp()
    {
        var source = TestSources.Usings + TestSources.FlexInterface;

        var without = await GeneratorHarness.RunAsync(source, withHttpClientFactory: false);
        var with = await GeneratorHarness.RunAsync(source, withHttpClientFactory: true);

        Assert.Equal(new[] { "MyApp.FlexSnapshotsClient.g.cs" }, without.Generated.Keys);
        Assert.Empty(without.Compiler);
        Assert.Equal(
            PackageServices.Concat(new[] { "MyApp.FlexSnapshotsClient.ServiceCollectionExtensions.g.cs", "MyApp.FlexSnapshotsClient.g.cs" }).Order(StringComparer.Ordinal),
            with.Generated.Keys.Order(StringComparer.Ordinal));
        var registration = with.Generated["MyApp.FlexSnapshotsClient.ServiceCollectionExtensions.g.cs"];
        Assert.Contains("public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddFlexSnapshotsClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services", registration, StringComparison.Ordinal);
        Assert.Contains("AddHttpClient<global::MyApp.IFlexSnapshots, global::MyApp.FlexSnapshotsClient>(", registration, StringComparison.Ordinal);
        Assert.Contains("(httpClient, serviceProvider) => new global::MyApp.FlexSnapshotsClient(httpClient, registration.OptionsFor(serviceProvider))", registration, StringComparison.Ordinal);
        Assert.Empty(with.Compiler);
        Assert.Empty(with.Analyzer);
    }

    [Fact]
    public async Task AClientNestedInAPrivateTypeGetsNoRegistration()
    {
        var source = TestSources.Usings + """
            internal static partial class Outer
            {
                private static partial class Inner
                {
                    [AtlasClient]
                    internal partial interface IHidden
                    {
                        [Get("/a/{id}", Version = "2024-11-13")]
                        Task<FlexBackupSnapshot> GetAsync(string id);
                    }

                    internal static IHidden Create(System.Net.Http.HttpClient http) => new HiddenClient(http);
                }
            }
            """;

        var result = await GeneratorHarness.RunAsync(source, withHttpClientFactory: true);

        Assert.Equal(PackageServices.Append("MyApp.Outer.Inner.HiddenClient.g.cs").Order(StringComparer.Ordinal), result.Generated.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("partial class Outer", result.Generated["MyApp.Outer.Inner.HiddenClient.g.cs"], StringComparison.Ordinal);
        Assert.Empty(result.Compiler);
        Assert.Empty(result.Analyzer);
    }

    [Fact]
    public async Task UserTypesBindToTheUserContextByTheJsonGeneratorsPropertyNames()
    {
        var source = TestSources.Usings + """
            using System.Collections.Generic;
            using System.Text.Json.Serialization;

            [AtlasClient(JsonContext = typeof(WidgetContext))]
            internal partial interface IWidgets
            {
                [Get("/w/list", Version = "2024-11-13")] Task<List<Widget>> ListAsync();
                [Get("/w/array", Version = "2024-11-13")] Task<Widget[]> ArrayAsync();
                [Get("/w/grid", Version = "2024-11-13")] Task<Widget[,]> GridAsync();
                [Get("/w/map", Version = "2024-11-13")] Task<Dictionary<string, Widget>> MapAsync();
                [Get("/w/count", Version = "2024-11-13")] Task<int?> CountAsync();
                [Get("/w/named", Version = "2024-11-13")] ValueTask<Gadget> NamedAsync();
                [Get("/w/maybe", Version = "2024-11-13")] Task<Widget?> MaybeAsync();
                [Get("/w/builtin", Version = "2024-11-13")] Task<FlexBackupSnapshot> BuiltInAsync();
                [Get("/w/nested", Version = "2024-11-13")] Task<Outer<int>.Inner<string>> NestedAsync();
            }

            internal sealed class Widget { public string? Name { get; set; } }
            internal sealed class Gadget { public int Size { get; set; } }
            internal sealed class Outer<T> { internal sealed class Inner<U> { public U? Value { get; set; } } }

            [JsonSerializable(typeof(List<Widget>))]
            [JsonSerializable(typeof(Widget[]))]
            [JsonSerializable(typeof(Widget[,]))]
            [JsonSerializable(typeof(Dictionary<string, Widget>))]
            [JsonSerializable(typeof(int?))]
            [JsonSerializable(typeof(Gadget), TypeInfoPropertyName = "MyGadget")]
            [JsonSerializable(typeof(Widget))]
            [JsonSerializable(typeof(Outer<int>.Inner<string>))]
            internal sealed partial class WidgetContext : JsonSerializerContext { }
            """;

        var result = await GeneratorHarness.RunAsync(source);

        Assert.Empty(result.Analyzer);
        Assert.True(result.Compiler.IsEmpty, string.Join("; ", result.Compiler));
        var client = result.Generated["MyApp.WidgetsClient.g.cs"];
        foreach (var property in new[] { "ListWidget", "WidgetArray", "WidgetArray2D", "DictionaryStringWidget", "NullableInt32", "MyGadget", "Widget", "InnerInt32String" })
        {
            Assert.Contains("global::MyApp.WidgetContext.Default." + property + ",", client, StringComparison.Ordinal);
        }

        Assert.Contains("SendNullableAsync(__uri.ToRequest(__MaybeAsyncOperation)", client, StringComparison.Ordinal);
        Assert.Contains("global::Atlas.Client.AtlasJsonContext.Default.FlexBackupSnapshot", client, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmbiguousPropertyNamesAreReportedNotGuessed()
    {
        var source = TestSources.Usings + """
            using System.Text.Json.Serialization;

            namespace First { public sealed class Widget { public int A { get; set; } } }
            namespace Second { public sealed class Widget { public int B { get; set; } } }

            [AtlasClient(JsonContext = typeof(WidgetContext))]
            internal partial interface IWidgets
            {
                [Get("/w", Version = "2024-11-13")] Task<Second.Widget> GetAsync();
            }

            [JsonSerializable(typeof(First.Widget))]
            [JsonSerializable(typeof(Second.Widget))]
            internal sealed partial class WidgetContext : JsonSerializerContext { }
            """.Replace("namespace First { ", "namespace MyApp.First { ", StringComparison.Ordinal).Replace("namespace Second { ", "namespace MyApp.Second { ", StringComparison.Ordinal);

        var result = await GeneratorHarness.RunAsync(source);

        var diagnostic = Assert.Single(result.Analyzer);
        Assert.Equal("ATLAS1008", diagnostic.Id);
        Assert.Contains("under the property name 'Widget', which 'First.Widget' already takes", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("TypeInfoPropertyName", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeInfoPropertyNamesThatAreNoIdentifierAreReportedPerContext()
    {
        // Widget's only usable property comes after an unusable one; Gadget has none, so its reason is reported.
        var source = TestSources.Usings + """
            using System.Text.Json.Serialization;

            [AtlasClient(JsonContext = typeof(WidgetContext))]
            internal partial interface IWidgets
            {
                [Get("/w", Version = "2024-11-13")] Task<Widget> GetWidgetAsync();
                [Get("/g", Version = "2024-11-13")] Task<Gadget> GetGadgetAsync();
            }

            internal sealed class Widget { public int A { get; set; } }
            internal sealed class Gadget { public int B { get; set; } }

            [JsonSerializable(typeof(Widget), TypeInfoPropertyName = "not-a-name")]
            [JsonSerializable(typeof(Widget), TypeInfoPropertyName = "UsableWidget")]
            [JsonSerializable(typeof(Gadget), TypeInfoPropertyName = "class")]
            internal sealed partial class WidgetContext : JsonSerializerContext { }
            """;

        var result = await GeneratorHarness.RunAsync(source);

        var diagnostic = Assert.Single(result.Analyzer);
        Assert.Equal("ATLAS1008", diagnostic.Id);
        Assert.Contains("GetGadgetAsync", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("MyApp.WidgetContext lists under TypeInfoPropertyName \"class\", which is not a C# identifier", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("global::MyApp.WidgetContext.Default.UsableWidget,", result.Generated["MyApp.WidgetsClient.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeywordNamesDefaultValuesAndInheritedMethodsCompile()
    {
        var source = TestSources.Usings + """
            internal enum Mode { Fast = 1, Slow = -2 }

            internal interface IBase
            {
                [Delete("/things/{id}", Version = "2024-11-13")]
                Task DeleteAsync(long id, System.Threading.CancellationToken cancellationToken = default);
            }

            [AtlasClient]
            internal partial interface IThings : IBase
            {
                [Get("/things/{class}/{uid}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> @event(string @class, System.Guid? uid, int @int = 5, double ratio = 0.5, float f = 1.5f,
                    decimal m = 2.5m, long l = 3, string text = "a\"b", bool flag = true, [Query("page-num")] int? page = null);

                Task<FlexBackupSnapshot> HelperAsync() => @event("x", System.Guid.Empty);
            }
            """;

        var result = await GeneratorHarness.RunAsync(source);

        Assert.Empty(result.Analyzer);
        Assert.True(result.Compiler.IsEmpty, string.Join("; ", result.Compiler));
        var client = result.Generated["MyApp.ThingsClient.g.cs"];
        Assert.Contains("public global::System.Threading.Tasks.Task<global::Atlas.Client.FlexBackupSnapshot> @event(string @class, global::System.Guid? uid, int @int = 5, double ratio = 0.5D, float f = 1.5F, decimal m = 2.5M, long l = 3L, string text = \"a\\\"b\", bool flag = true, int? page = default)", client, StringComparison.Ordinal);
        Assert.Contains("__uri.AppendSegment(uid.GetValueOrDefault());", client, StringComparison.Ordinal);
        Assert.Contains("__uri.AppendQuery(\"page-num\", page);", client, StringComparison.Ordinal);
        Assert.Contains("__uri.AppendSegment((long)id);", client, StringComparison.Ordinal);
        Assert.DoesNotContain("HelperAsync", client, StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>Version = "preview"</c> (issue 15: 26 operations offer nothing else) is no ATLAS1005: the client is generated with
    /// <c>preview</c> as the operation's version, which the run-time library sends as
    /// <c>application/vnd.atlas.preview+json</c> (RunTimeTests in Atlas.Client.Tests check the wire).
    /// </summary>
    [Fact]
    public async Task APreviewVersionIsAcceptedAndGivenToTheOperation()
    {
        var source = TestSources.Usings + """
            [AtlasClient]
            internal partial interface ILimits
            {
                [Get("/api/atlas/v2/defaultGroupLimits/{limitName}", Version = "preview")]
                Task<FlexBackupSnapshot> GetDefaultGroupLimitAsync(string limitName);

                [Post("/api/atlas/v2/groups/{groupId}/aiModelApiKeys", Version = "preview")]
                Task<FlexBackupSnapshot> CreateAsync(string groupId, [Body] FlexBackupSnapshot body);
            }
            """;

        var result = await GeneratorHarness.RunAsync(source);

        Assert.Empty(result.Analyzer);
        Assert.True(result.Compiler.IsEmpty, string.Join("; ", result.Compiler));
        var client = result.Generated["MyApp.LimitsClient.g.cs"];
        Assert.Contains("\"ILimits.GetDefaultGroupLimitAsync\", \"GET\", \"/api/atlas/v2/defaultGroupLimits/{limitName}\", \"preview\");", client, StringComparison.Ordinal);
        Assert.Contains("\"ILimits.CreateAsync\", \"POST\", \"/api/atlas/v2/groups/{groupId}/aiModelApiKeys\", \"preview\");", client, StringComparison.Ordinal);
        Assert.DoesNotContain("NotSupportedException", client, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IFlexSnapshots", "FlexSnapshotsClient")]
    [InlineData("Items", "ItemsClient")]
    [InlineData("Ideas", "IdeasClient")]
    [InlineData("I", "IClient")]
    public void ClientNamesDropOnlyTheInterfacePrefix(string interfaceName, string clientName)
        => Assert.Equal(clientName, ClientNames.ClientNameOf(interfaceName));

    [Fact]
    public async Task AnInterfaceInTheGlobalNamespaceWorks()
    {
        var source = """
            using System.Threading.Tasks;
            using Atlas.Client;

            [AtlasClient]
            internal partial interface IGlobal
            {
                [Get("/a/{id}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> GetAsync(string id);
            }

            internal static class Use
            {
                internal static IGlobal Create(System.Net.Http.HttpClient http) => new GlobalClient(http);
            }
            """;

        var result = await GeneratorHarness.RunAsync(source, withHttpClientFactory: true);

        Assert.Equal(PackageServices.Concat(new[] { "GlobalClient.ServiceCollectionExtensions.g.cs", "GlobalClient.g.cs" }).Order(StringComparer.Ordinal), result.Generated.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("namespace", result.Generated["GlobalClient.g.cs"], StringComparison.Ordinal);
        Assert.Empty(result.Compiler);
        Assert.Empty(result.Analyzer);
    }

    // The generator no longer uses ForAttributeWithMetadataName (whose syntax filter follows aliases): it must still find
    // the attribute however it is written, and the interface must still compile against the generated class.
    [Theory]
    [InlineData("global using Client = Atlas.Client.AtlasClientAttribute;", "[Client]")]
    [InlineData("using Client = Atlas.Client.AtlasClientAttribute;", "[Client]")]
    [InlineData("using Api = Atlas.Client;", "[Api.AtlasClient]")]
    [InlineData("", "[global::Atlas.Client.AtlasClientAttribute]")]
    [InlineData("", "[System.Obsolete, AtlasClient]")]
    public async Task TheAttributeIsFoundUnderAnAliasQualifiedOrBesideAnother(string directive, string attribute)
    {
        var source = directive + "\n" + TestSources.Usings + "/// <summary>Aliased.</summary>\n" + attribute + """

            public partial interface IAliased
            {
                /// <summary>One.</summary>
                [Get("/api/atlas/v2/groups/{groupId}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> GetAsync(string groupId);
            }

            internal static class Use
            {
                internal static IAliased Create(System.Net.Http.HttpClient http) => new AliasedClient(http);
            }
            """;

        var result = await GeneratorHarness.RunAsync(source);

        Assert.Equal(new[] { "MyApp.AliasedClient.g.cs" }, result.Generated.Keys);
        Assert.Empty(result.Compiler.Where(d => d.Id != "CS0612" && d.Id != "CS0618"));
    }

    [Fact]
    public async Task AnInterfaceWithOnlyOtherAttributesIsIgnored()
    {
        var result = await GeneratorHarness.RunAsync(TestSources.Usings + "[System.Obsolete] internal partial interface IPlain { [Get(\"/a\", Version = \"2024-11-13\")] Task GetAsync(); }");

        Assert.Empty(result.Generated);
    }

    [Fact]
    public async Task AnInterfaceWithoutAtlasClientIsIgnored()
    {
        var result = await GeneratorHarness.RunAsync(TestSources.Usings + "internal interface IPlain { [Get(\"/a\", Version = \"2024-11-13\")] Task GetAsync(); }");

        Assert.Empty(result.Generated);
        Assert.Empty(result.Analyzer);
    }

    [Fact]
    public async Task TheGeneratorDoesNotThrowOnHalfTypedCode()
    {
        // What an editor sees mid-keystroke: unbalanced syntax, unknown types, attributes without arguments.
        var source = TestSources.Usings + """
            [AtlasClient(JsonContext = typeof(Missing))]
            internal partial interface IBroken
            {
                [Get] Task<Unknown> A(string id
                [Get(null, Version = null)] Task B();
                [Get("/x/{id}", Version = "2024-11-13")] Task<FlexBackupSnapshot> C(Unknown id);
            """;
        var compilation = await GeneratorHarness.CreateCompilationAsync(false, source);

        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult();

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(result.Diagnostics.Where(d => d.Id is "CS8784" or "CS8785"));
    }
}
