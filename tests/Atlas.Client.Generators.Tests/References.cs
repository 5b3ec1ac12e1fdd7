using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Atlas.Client.Generators.Tests;

/// <summary>What test compilations reference: .NET 8 reference assemblies, Atlas.Client.dll and, on demand, Microsoft.Extensions.Http.</summary>
internal static class References
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Net80 = new(
        () => ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    public static MetadataReference AtlasClient { get; } = MetadataReference.CreateFromFile(typeof(AtlasClientAttribute).Assembly.Location);

    public static MetadataReference LoggingAbstractions { get; } =
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location);

    /// <summary>Microsoft.Extensions.Http and the DI abstractions its extension methods are declared against.</summary>
    public static ImmutableArray<MetadataReference> HttpClientFactory { get; } = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location));

    public static async Task<ImmutableArray<MetadataReference>> ForAsync(bool withHttpClientFactory)
    {
        var references = (await Net80.Value).Add(AtlasClient).Add(LoggingAbstractions);
        return withHttpClientFactory ? references.AddRange(HttpClientFactory) : references;
    }
}
