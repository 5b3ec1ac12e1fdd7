using System.Collections.Generic;
using System.Linq;
using Atlas.Client.Generators.Model;

namespace Atlas.Client.Generators.Emitting;

/// <summary>
/// Writes <c>Add{Name}Client(this IServiceCollection, …)</c> for a client, only when the consuming project references
/// Microsoft.Extensions.Http: a typed client whose factory is an explicit lambda, so no ActivatorUtilities reflection
/// runs and the registration is trimming- and AOT-safe. It returns the IHttpClientBuilder so handlers chain on.
/// </summary>
internal static class ServiceRegistrationEmitter
{
    private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection.";

    public static string HintNameOf(string clientHintName) => clientHintName + ".ServiceCollectionExtensions";

    public static string Emit(ClientModel client)
        => Emit(client.Namespace, client.ContainingTypes.Select(c => c.Name).ToList(), client.ClientName, client.InterfaceType, client.ServiceRegistrationAccessibility!);

    /// <summary>The hint name of the registration of one of the runtime library's ready-made clients.</summary>
    public static string HintNameOfReadyMade(string interfaceName)
        => ClientNames.LibraryNamespace + "." + ClientNames.ClientNameOf(interfaceName) + ".ServiceCollectionExtensions";

    /// <summary>An internal registration, in the consuming project, of one of the runtime library's ready-made clients.</summary>
    public static string EmitReadyMade(string interfaceName)
        => Emit(ClientNames.LibraryNamespace, System.Array.Empty<string>(), ClientNames.ClientNameOf(interfaceName),
            "global::" + ClientNames.LibraryNamespace + "." + interfaceName, "internal");

    private static string Emit(string? ns, IReadOnlyList<string> containingTypes, string clientName, string interfaceType, string accessibility)
    {
        var clientType = (ns is null ? "global::" : "global::" + ns + ".") + string.Concat(containingTypes.Select(c => c + ".")) + clientName;
        var extensionClass = string.Concat(containingTypes) + clientName + "ServiceCollectionExtensions";
        var methodName = "Add" + clientName;
        var category = clientType.Substring("global::".Length);

        var writer = new IndentedWriter();
        GeneratorInfo.WriteHeader(writer);
        if (ns is not null)
        {
            writer.Open("namespace " + ns);
        }

        writer.Line($"/// <summary>Registers <see cref=\"{clientType}\"/> as a typed HttpClient.</summary>");
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.Open($"{accessibility} static class {extensionClass}");
        writer.Line($"/// <summary>");
        writer.Line($"/// Registers <see cref=\"{interfaceType}\"/>, implemented by <see cref=\"{clientType}\"/>, as a typed");
        writer.Line("/// HttpClient. <paramref name=\"configure\"/> runs once, now; when the options have no Logger, the client logs");
        writer.Line("/// through the container's ILoggerFactory, if it has one.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"services\">The service collection.</param>");
        writer.Line("/// <param name=\"configure\">Sets the base address used when the HttpClient has none, the deprecation callback and the logger.</param>");
        writer.Line("/// <returns>The HttpClient builder, to add authentication, resilience or other handlers.</returns>");
        writer.Open($"public static {DependencyInjection}IHttpClientBuilder {methodName}(this {DependencyInjection}IServiceCollection services, global::System.Action<global::Atlas.Client.AtlasClientOptions>? configure = null)");
        writer.Line("if (services is null) throw new global::System.ArgumentNullException(\"services\");");
        writer.Line("global::Atlas.Client.AtlasClientOptions options = new global::Atlas.Client.AtlasClientOptions();");
        writer.Line("configure?.Invoke(options);");
        writer.Line($"global::Atlas.Client.Http.AtlasClientRegistration registration = new global::Atlas.Client.Http.AtlasClientRegistration(options, {ClientEmitter.Literal(category)});");
        writer.Line($"return {DependencyInjection}HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{interfaceType}, {clientType}>(");
        writer.Line($"    services, (httpClient, serviceProvider) => new {clientType}(httpClient, registration.OptionsFor(serviceProvider)));");
        writer.Close();
        writer.Close();

        if (ns is not null)
        {
            writer.Close();
        }

        return writer.ToString();
    }
}
