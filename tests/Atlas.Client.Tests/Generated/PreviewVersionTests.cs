using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests.Generated;

/// <summary>
/// <c>Version = "preview"</c> (issue 15) on the wire: the generated client asks for and labels its body with Atlas's
/// preview media type, exactly as it does with a dated version.
/// </summary>
public sealed class PreviewVersionTests
{
    private const string PreviewMediaType = "application/vnd.atlas.preview+json";

    [Fact]
    public async Task APreviewOperationIsRequestedWithThePreviewMediaType()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("""{"Method":"GET"}""", "preview"));

        var result = await new PreviewApiClient(server.CreateClient()).GetDefaultGroupLimitAsync("atlas.project.deployment.clusters");

        Assert.Equal("GET", result.Method);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/atlas/v2/defaultGroupLimits/atlas.project.deployment.clusters", request.RawPath);
        Assert.Equal(PreviewMediaType, request.Accept);
    }

    [Fact]
    public async Task APreviewBodyIsSentAsThePreviewMediaType()
    {
        await using var server = await LoopbackServer.StartAsync(Respond.Ok("""{"Method":"POST"}""", "preview"));

        await new PreviewApiClient(server.CreateClient()).CreateModelApiKeyAsync("5e2211c17a3e5a48f5497de3", new EchoBody { Ratio = 0.5 });

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(PreviewMediaType, request.Accept);
        Assert.Equal(PreviewMediaType, request.Headers["Content-Type"].Split(';')[0].Trim());
    }
}
