using System.Net;
using System.Text.Json;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary><c>envelope=true</c> wraps an entity in <c>{status, content}</c> and adds <c>status</c> to a page; <c>pretty=true</c> indents.</summary>
public class EnvelopeAndPrettyTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private string _base = null!;
    private FlexBackupSnapshot _snapshot = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _http = HttpFor(_sim);
        var group = _sim.Data.AddGroup();
        _snapshot = group.AddFlexCluster("flex-1").AddSnapshot();
        _base = FlexPath(group.Id, "flex-1");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task AnEnvelopedEntityIsStatusAndContent()
    {
        using var response = await GetAsync(_http, _base + "/snapshots/" + _snapshot.Id + "?envelope=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "status", "content" }, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(200, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(_snapshot.Id, json.RootElement.GetProperty("content").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnEnvelopedPageKeepsItsShapeAndGainsStatus()
    {
        using var response = await GetAsync(_http, _base + "/snapshots?envelope=true");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("totalCount").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("links", out _));
    }

    [Fact]
    public async Task PrettyIndentsTheSameJson()
    {
        using var compact = await GetAsync(_http, _base + "/snapshots/" + _snapshot.Id);
        using var pretty = await GetAsync(_http, _base + "/snapshots/" + _snapshot.Id + "?pretty=true");

        var compactText = await compact.Content.ReadAsStringAsync();
        var prettyText = await pretty.Content.ReadAsStringAsync();
        Assert.DoesNotContain('\n', compactText);
        Assert.Contains("\n  \"id\": ", prettyText);
        Assert.Equal(
            JsonSerializer.Serialize(JsonDocument.Parse(compactText).RootElement),
            JsonSerializer.Serialize(JsonDocument.Parse(prettyText).RootElement));
    }

    [Fact]
    public async Task ErrorsAreNeverEnvelopedButArePretty()
    {
        using var response = await GetAsync(_http, _base + "/snapshots/0123456789abcdef01234567?envelope=true&pretty=true");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\n  \"errorCode\": \"SNAPSHOT_NOT_FOUND\"", text);
        Assert.False(JsonDocument.Parse(text).RootElement.TryGetProperty("content", out _));
    }

    [Theory]
    [InlineData("envelope=yes", "envelope")]
    [InlineData("pretty=1", "pretty")]
    public async Task AFlagThatIsNotABooleanIsInvalidQueryParameter(string query, string name)
    {
        using var response = await GetAsync(_http, _base + "/snapshots?" + query);
        var error = await AssertErrorAsync(response, 400, "INVALID_QUERY_PARAMETER");
        Assert.Equal($"Invalid query parameter {name} specified.", error.Detail);
    }
}
