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
    {
        var clientType = (client.Namespace is null ? "global::" : "global::" + client.Namespace + ".")
            + string.Concat(client.ContainingTypes.Select(c => c.Name + ".")) + client.ClientName;
        var extensionClass = string.Concat(client.ContainingTypes.Select(c => c.Name)) + client.ClientName + "ServiceCollectionExtensions";
        var methodName = "Add" + client.ClientName;
        var category = clientType.Substring("global::".Length);

        var writer = new IndentedWriter();
        GeneratorInfo.WriteHeader(writer);
        if (client.Namespace is not null)
        {
            writer.Open("namespace " + client.Namespace);
        }

        writer.Line($"/// <summary>Registers <see cref=\"{clientType}\"/> as a typed HttpClient.</summary>");
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.Open($"{client.ServiceRegistrationAccessibility} static class {extensionClass}");
        writer.Line($"/// <summary>");
        writer.Line($"/// Registers <see cref=\"{client.InterfaceType}\"/>, implemented by <see cref=\"{clientType}\"/>, as a typed");
        writer.Line("/// HttpClient. <paramref name=\"configure\"/> runs once, now; when the options have no Logger, the client logs");
        writer.Line("/// through the container's ILoggerFactory, if it has one.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"services\">The service collection.</param>");
        writer.Line("/// <param name=\"configure\">Sets the base address used when the HttpClient has none, the deprecation callback and the logger.</param>");
        writer.Line("/// <returns>The HttpClient builder, to add authentication, resilience or other handlers.</returns>");
        writer.Open($"public static {DependencyInjection}IHttpClientBuilder {methodName}(this {DependencyInjection}IServiceCollection services, global::System.Action<global::Atlas.Client.AtlasClientOptions>? configure = null)");
        writer.Line("if (services is null) throw new global::System.ArgumentNullException(\"services\");");
        writer.Line("var options = new global::Atlas.Client.AtlasClientOptions();");
        writer.Line("configure?.Invoke(options);");
        writer.Line($"var registration = new global::Atlas.Client.Http.AtlasClientRegistration(options, {ClientEmitter.Literal(category)});");
        writer.Line($"return {DependencyInjection}HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{client.InterfaceType}, {clientType}>(");
        writer.Line($"    services, (httpClient, serviceProvider) => new {clientType}(httpClient, registration.OptionsFor(serviceProvider)));");
        writer.Close();
        writer.Close();

        if (client.Namespace is not null)
        {
            writer.Close();
        }

        return writer.ToString();
    }
}
