using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary>Path parameters, unknown routes and POST bodies are refused with the codes Atlas uses.</summary>
public class RequestValidationTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedGroup _group = null!;
    private SimulatedFlexCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _http = HttpFor(_sim);
        _group = _sim.Data.AddGroup();
        _cluster = _group.AddFlexCluster("flex-1");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Theory]
    [InlineData("not-hex")]
    [InlineData("0123456789ABCDEF01234567")] // the pattern is lowercase
    [InlineData("0123456789abcdef0123456")]
    public async Task AGroupIdThatIsNot24LowercaseHexDigitsIsInvalidGroupId(string groupId)
    {
        using var response = await GetAsync(_http, FlexPath(groupId, "flex-1") + "/snapshots");
        var error = await AssertErrorAsync(response, 404, "INVALID_GROUP_ID");
        Assert.Equal($"An invalid group ID {groupId} was specified.", error.Detail);
    }

    [Fact]
    public async Task AnUnknownGroupIsGroupNotFound()
    {
        using var response = await GetAsync(_http, FlexPath("0123456789abcdef01234567", "flex-1") + "/snapshots");
        var error = await AssertErrorAsync(response, 404, "GROUP_NOT_FOUND");
        Assert.Equal("No group with ID 0123456789abcdef01234567 exists.", error.Detail);
    }

    [Theory]
    [InlineData("-starts-with-dash")]
    [InlineData("under_score")]
    public async Task AClusterNameOutsideThePatternIsClusterNameInvalid(string name)
    {
        using var response = await GetAsync(_http, FlexPath(_group.Id, name) + "/snapshots");
        await AssertErrorAsync(response, 400, "CLUSTER_NAME_INVALID");
    }

    [Fact]
    public async Task ASnapshotIdThatIsNotHexIsInvalidSnapshotId()
    {
        using var response = await GetAsync(_http, FlexPath(_group.Id, "flex-1") + "/snapshots/latest");
        await AssertErrorAsync(response, 404, "INVALID_SNAPSHOT_ID");
    }

    [Fact]
    public async Task ARestoreJobIdThatIsNotHexIsInvalidJobId()
    {
        using var response = await GetAsync(_http, FlexPath(_group.Id, "flex-1") + "/restoreJobs/42");
        await AssertErrorAsync(response, 404, "INVALID_JOB_ID");
    }

    [Theory]
    [InlineData("GET", "/api/atlas/v2/groups/0123456789abcdef01234567/flexClusters/flex-1/backup/nothing")]
    [InlineData("DELETE", "/api/atlas/v2/groups/0123456789abcdef01234567/flexClusters/flex-1/backup/snapshots")]
    [InlineData("GET", "/not/atlas")]
    public async Task AnUnknownRouteOrMethodIsResourceNotFound(string method, string path)
    {
        using var response = await _http.SendAsync(Request(new HttpMethod(method), path, FlexVersion));
        var error = await AssertErrorAsync(response, 404, "RESOURCE_NOT_FOUND");
        Assert.Equal($"Cannot find resource {path}.", error.Detail);
    }

    [Theory]
    [InlineData("{\"snapshotId\":")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task ABodyThatIsNotAJsonObjectIsMalformedJson(string body)
    {
        using var response = await PostAsync(_http, FlexPath(_group.Id, "flex-1") + "/download", body);
        var error = await AssertErrorAsync(response, 400, "MALFORMED_JSON");
        Assert.Equal("Received JSON is malformed.", error.Detail);
    }

    [Theory]
    [InlineData("/download", "{}", "snapshotId")]
    [InlineData("/download", "{\"snapshotId\":42}", "snapshotId")]
    [InlineData("/download", "{\"snapshotId\":\"abc\"}", "snapshotId")]
    [InlineData("/restoreJobs", "{\"snapshotId\":\"0123456789abcdef01234567\"}", "targetDeploymentItemName")]
    [InlineData("/restoreJobs", "{\"snapshotId\":\"0123456789abcdef01234567\",\"targetDeploymentItemName\":\"has space\"}", "targetDeploymentItemName")]
    [InlineData("/restoreJobs", "{\"snapshotId\":\"0123456789abcdef01234567\",\"targetDeploymentItemName\":\"t\",\"targetProjectId\":\"x\"}", "targetProjectId")]
    public async Task AMissingOrMalformedFieldIsAValidationErrorNamingTheField(string operation, string body, string field)
    {
        using var response = await PostAsync(_http, FlexPath(_group.Id, "flex-1") + operation, body);
        var error = await AssertErrorAsync(response, 400, "VALIDATION_ERROR");
        var violation = Assert.Single(error.BadRequestDetail!.Fields!);
        Assert.Equal(field, violation.Field);
        Assert.Contains(field, violation.Description);
        Assert.Empty(_cluster.RestoreJobs);
    }

    [Fact]
    public async Task AnErrorBodyHasExactlyTheFieldsOfApiError()
    {
        using var response = await GetAsync(_http, FlexPath("0123456789abcdef01234567", "flex-1") + "/snapshots");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "detail", "error", "errorCode", "parameters", "reason" }, names);
    }
}
