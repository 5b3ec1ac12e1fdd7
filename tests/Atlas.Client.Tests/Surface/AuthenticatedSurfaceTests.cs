using Atlas.Client.Testing;
using Atlas.Client.Tests.Auth;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Atlas.Client.Tests.Surface;

/// <summary>
/// The generated AddAtlasAuthentication extension on the DI path, with an API key (Digest) and a service account
/// (Bearer), the registrations of the library's ready-made clients, and request bodies under authentication: a body goes out again, re-serialized and still streamed, when
/// Digest answers the first request with a challenge.
/// </summary>
public sealed class AuthenticatedSurfaceTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private SimulatedFlexCluster _flex = null!;
    private string _groupId = null!;

    public static TheoryData<string, string> Credentials => new()
    {
        { "api key", "Digest" },
        { "service account", "Bearer" },
    };

    public async Task InitializeAsync()
    {
        _sim = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions()
            .AddApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey)
            .AddServiceAccount(AuthTestKit.ClientId, AuthTestKit.ClientSecret));
        var group = _sim.Data.AddGroup();
        _groupId = group.Id;
        _flex = group.AddFlexCluster("flex-1");
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task AClientResolvedFromTheContainerAuthenticatesEveryCall(string kind, string scheme)
    {
        var ids = Enumerable.Range(0, 5).Select(_ => _flex.AddSnapshot().Id!).ToList();
        var services = new ServiceCollection();
        services.AddPagedFlexSnapshotsClient(options => options.BaseAddress = _sim.BaseAddress)
            .AddAtlasAuthentication(CredentialsFor(kind));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IPagedFlexSnapshots>();
        var items = await client.EnumerateAsync(_groupId, "flex-1", itemsPerPage: 2).Select(s => s.Id!).ToListAsync();

        Assert.Equal(ids, items);
        var api = ApiRequests();
        Assert.Equal(3, api.Count(r => r.StatusCode == 200));
        Assert.All(api.Where(r => r.StatusCode == 200), r => Assert.Equal(scheme, r.AuthorizationScheme));
        Assert.All(api.Where(r => r.StatusCode == 200), r => Assert.Equal(kind == "api key" ? AuthTestKit.PublicKey : AuthTestKit.ClientId, r.Caller));
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task ABodyIsSentOnceSuccessfullyAndStreamedEachTime(string kind, string scheme)
    {
        var snapshot = _flex.AddSnapshot();
        var services = new ServiceCollection();
        services.AddFlexResponsesClient(options => options.BaseAddress = _sim.BaseAddress).AddAtlasAuthentication(CredentialsFor(kind));
        await using var provider = services.BuildServiceProvider();

        var response = await provider.GetRequiredService<IFlexResponses>()
            .CreateFlexBackupRestoreJobAsync(_groupId, "flex-1", new FlexBackupRestoreJobCreate(snapshot.Id!, "flex-target"));

        Assert.True(response.IsSuccessStatusCode, response.ErrorMessage);
        Assert.Single(_flex.RestoreJobs);
        var posts = ApiRequests();
        Assert.Equal(scheme, posts[^1].AuthorizationScheme);
        // Digest's first request is challenged and the body goes again; each attempt carries the whole body, chunked
        // (a buffered copy would have a Content-Length instead).
        Assert.Equal(kind == "api key" ? 2 : 1, posts.Count);
        Assert.All(posts, p => Assert.Equal($$"""{"snapshotId":"{{snapshot.Id}}","targetDeploymentItemName":"flex-target"}""", p.Body));
        Assert.All(posts, p => Assert.Equal("chunked", p.Headers["Transfer-Encoding"]));
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task TheReadyMadeClientsRegisterLikeGeneratedOnes(string kind, string scheme)
    {
        var snapshot = _flex.AddSnapshot();
        var services = new ServiceCollection();
        services.AddFlexBackupsClient(options => options.BaseAddress = _sim.BaseAddress).AddAtlasAuthentication(CredentialsFor(kind));
        services.AddTenantBackupsClient(options => options.BaseAddress = _sim.BaseAddress).AddAtlasAuthentication(CredentialsFor(kind));
        await using var provider = services.BuildServiceProvider();

        var flex = provider.GetRequiredService<IFlexBackups>();
        var fetched = await flex.GetFlexBackupAsync(_groupId, "flex-1", snapshot.Id!);

        Assert.IsType<FlexBackupsClient>(flex);
        Assert.IsType<TenantBackupsClient>(provider.GetRequiredService<ITenantBackups>());
        Assert.Equal(snapshot.Id, fetched.Id);
        Assert.Equal(scheme, ApiRequests()[^1].AuthorizationScheme);
    }

    [Fact]
    public void TheExtensionRejectsNulls()
    {
        var builder = new ServiceCollection().AddHttpClient("atlas");

        Assert.Equal("credentials", Assert.Throws<ArgumentNullException>(() => builder.AddAtlasAuthentication(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => AtlasHttpClientBuilderExtensions.AddAtlasAuthentication(null!, CredentialsFor("api key"))).ParamName);
    }

    private static AtlasCredentials CredentialsFor(string kind) => kind == "api key"
        ? AtlasCredentials.ApiKey(AuthTestKit.PublicKey, AuthTestKit.PrivateKey)
        : AtlasCredentials.ServiceAccount(AuthTestKit.ClientId, AuthTestKit.ClientSecret);

    private List<SimulatorRequest> ApiRequests() => _sim.Requests.Where(r => r.Path.StartsWith("/api/atlas/", StringComparison.Ordinal)).ToList();
}
