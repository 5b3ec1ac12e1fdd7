using Atlas.Client.Generators.Emitting;
using Atlas.Client.Generators.Model;
using Atlas.Client.Generators.Parsing;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators;

/// <summary>
/// Emits a client for every <c>[AtlasClient]</c> interface. Pipeline only: <see cref="ClientDeclarations"/> turns each
/// declaration into a value-equatable <see cref="ClientModel"/> (<see cref="FastClientReader"/> for plain declarations,
/// <see cref="ClientParser"/> for the rest), the emitters turn models into text. Diagnostics come from
/// <see cref="Analyzers.ClientValidationAnalyzer"/>, not from here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    private readonly bool _useFastPath;

    /// <summary>The generator as the compiler loads it.</summary>
    public ClientGenerator()
        : this(useFastPath: true)
    {
    }

    /// <summary>
    /// With <paramref name="useFastPath"/> false every interface goes through the full parser: the tests' reference for
    /// proving the fast path's output byte-identical.
    /// </summary>
    internal ClientGenerator(bool useFastPath) => _useFastPath = useFastPath;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Not ForAttributeWithMetadataName: its transform binds every [AtlasClient] declaration's attributes on every edit,
        // which alone cost 0.14-0.26x Refit's whole generator. Here the plain declarations most users write are read by
        // FastClientReader from their syntax and a few name bindings; the rest go to the full parser, as before.
        var useFastPath = _useFastPath;
        var clients = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { AttributeLists.Count: > 0 },
                (syntaxContext, cancellationToken) => ClientDeclarations.Read(
                    (InterfaceDeclarationSyntax)syntaxContext.Node, syntaxContext.SemanticModel, useFastPath, cancellationToken))
            .WithTrackingName(TrackingNames.Parse)
            .Where(static client => client is not null)
            .Select(static (client, _) => client!)
            .WithTrackingName(TrackingNames.Clients);

        // One of two instances per compilation: an edit elsewhere never invalidates the clients.
        var canRegisterServices = context.CompilationProvider
            .Select(static (compilation, _) => HttpClientFactoryPresence.Of(
                compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null))
            .WithTrackingName(TrackingNames.HasHttpClientFactory);

        var registrations = clients
            .Combine(canRegisterServices)
            .WithTrackingName(TrackingNames.ClientsWithHttpClientFactory)
            .Where(static pair => pair.Right.IsReferenced && pair.Left.ServiceRegistrationAccessibility is not null)
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.Registrations);

        // Roslyn compares file names ignoring case: every output sees all names, so that two clients whose names differ
        // only in case (namespaces A and a) get distinct files instead of making AddSource throw.
        var hintNames = clients
            .Select(static (client, _) => client.HintName)
            .Collect()
            .Select(static (names, _) => new EquatableArray<string>(names))
            .WithTrackingName(TrackingNames.HintNames);

        // One small record per compilation, compared by value, like the check above.
        var packageServices = context.CompilationProvider
            .Select(static (compilation, _) => PackageServicesCheck.Evaluate(compilation))
            .WithTrackingName(TrackingNames.PackageServices);

        // Each client paired with its own file name, compared by value: adding, removing or renaming another interface
        // changes the list of names but not this pair, so only that interface's client is emitted again.
        var namedClients = clients
            .Combine(hintNames)
            .WithTrackingName(TrackingNames.ClientsWithHintNames)
            .Select(static (pair, _) => new NamedClient(pair.Left, HintNames.Unique(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.NamedClients);
        var namedRegistrations = registrations
            .Combine(hintNames)
            .WithTrackingName(TrackingNames.RegistrationsWithHintNames)
            .Select(static (pair, _) => new NamedClient(pair.Left, HintNames.Unique(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.NamedRegistrations);

        context.RegisterSourceOutput(namedClients, static (output, named) =>
            output.AddSource(named.HintName + ".g.cs", ClientEmitter.Emit(named.Client)));
        context.RegisterSourceOutput(namedRegistrations, static (output, named) =>
            output.AddSource(ServiceRegistrationEmitter.HintNameOf(named.HintName) + ".g.cs", ServiceRegistrationEmitter.Emit(named.Client)));
        context.RegisterSourceOutput(packageServices, static (output, services) =>
        {
            if (services is null)
            {
                return;
            }

            if (services.Authentication)
            {
                output.AddSource(AuthenticationExtensionEmitter.HintName, AuthenticationExtensionEmitter.Emit(services.NullableSyntax));
            }

            foreach (var iface in services.ReadyMadeInterfaces)
            {
                output.AddSource(ServiceRegistrationEmitter.HintNameOfReadyMade(iface) + ".g.cs", ServiceRegistrationEmitter.EmitReadyMade(iface));
            }
        });
    }
}

/// <summary>The names of the pipeline's steps, for WithTrackingName and the caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Symbols to models.</summary>
    public const string Parse = "AtlasClient.Parse";

    /// <summary>The non-null models.</summary>
    public const string Clients = "AtlasClient.Clients";

    /// <summary>Whether Microsoft.Extensions.Http is referenced.</summary>
    public const string HasHttpClientFactory = "AtlasClient.HasHttpClientFactory";

    /// <summary>The clients that get an Add{Name}Client registration.</summary>
    public const string Registrations = "AtlasClient.Registrations";

    /// <summary>Which of the package's own DI helpers (AddAtlasAuthentication, the ready-made clients' registrations) the compilation gets.</summary>
    public const string PackageServices = "AtlasClient.PackageServices";

    /// <summary>Every client's file name, to keep names that differ only in case apart.</summary>
    public const string HintNames = "AtlasClient.HintNames";

    /// <summary>Each client paired with whether Microsoft.Extensions.Http is referenced.</summary>
    public const string ClientsWithHttpClientFactory = "AtlasClient.ClientsWithHttpClientFactory";

    /// <summary>Each client paired with every client's file name.</summary>
    public const string ClientsWithHintNames = "AtlasClient.ClientsWithHintNames";

    /// <summary>Each registration paired with every client's file name.</summary>
    public const string RegistrationsWithHintNames = "AtlasClient.RegistrationsWithHintNames";

    /// <summary>Each client with the file name it is emitted under.</summary>
    public const string NamedClients = "AtlasClient.NamedClients";

    /// <summary>Each registration with the file name it is emitted under.</summary>
    public const string NamedRegistrations = "AtlasClient.NamedRegistrations";
}
