using System.Net;
using Atlas.Client.Testing;
using Xunit;
using static Atlas.Client.Tests.Simulator.SimulatorTestKit;

namespace Atlas.Client.Tests.Simulator;

/// <summary><c>pageNum</c>, <c>itemsPerPage</c> (1–500) and <c>includeCount</c> on the list operations, with page links.</summary>
public class PagingTests : IAsyncLifetime
{
    private AtlasSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedFlexCluster _cluster = null!;
    private string _snapshots = null!;

    public async Task InitializeAsync()
    {
        _sim = await StartOpenAsync();
        _http = HttpFor(_sim);
        var group = _sim.Data.AddGroup();
        _cluster = group.AddFlexCluster("flex-1");
        _snapshots = FlexPath(group.Id, "flex-1") + "/snapshots";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task NoItemsIsAnEmptyPageWithZeroCountAndOnlyASelfLink()
    {
        var page = await PageAsync("");
        Assert.Empty(page.Results);
        Assert.Equal(0, page.TotalCount);
        Assert.Equal(new[] { "self" }, page.Links!.Select(l => l.Rel));
    }

    [Fact]
    public async Task ExactlyOneFullPageHasNoNextLink()
    {
        AddSnapshots(3);
        var page = await PageAsync("?itemsPerPage=3");
        Assert.Equal(3, page.Results.Count);
        Assert.Equal(3, page.TotalCount);
        Assert.DoesNotContain(page.Links!, l => l.Rel == "next");

        var beyond = await PageAsync("?itemsPerPage=3&pageNum=2");
        Assert.Empty(beyond.Results);
        Assert.Equal(3, beyond.TotalCount);
    }

    [Fact]
    public async Task APartialLastPageFollowsFullPagesWithLinksBothWays()
    {
        var ids = AddSnapshots(5);

        var first = await PageAsync("?itemsPerPage=2&pageNum=1");
        var second = await PageAsync("?itemsPerPage=2&pageNum=2");
        var last = await PageAsync("?itemsPerPage=2&pageNum=3");

        Assert.Equal(ids, first.Results.Concat(second.Results).Concat(last.Results).Select(s => s.Id));
        Assert.Single(last.Results);
        Assert.EndsWith(_snapshots + "?pageNum=2&itemsPerPage=2", first.Links!.Single(l => l.Rel == "next").Href);
        Assert.EndsWith(_snapshots + "?pageNum=1&itemsPerPage=2", second.Links!.Single(l => l.Rel == "previous").Href);
        Assert.EndsWith(_snapshots + "?pageNum=3&itemsPerPage=2", second.Links!.Single(l => l.Rel == "next").Href);
        Assert.DoesNotContain(last.Links!, l => l.Rel == "next");
    }

    [Fact]
    public async Task IncludeCountFalseLeavesTotalCountOut()
    {
        AddSnapshots(2);
        using var response = await GetAsync(_http, _snapshots + "?includeCount=false");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("totalCount", text);
        Assert.Null(System.Text.Json.JsonSerializer.Deserialize(text, AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot)!.TotalCount);
    }

    [Fact]
    public async Task TheDefaultPageHoldsAHundredItems()
    {
        AddSnapshots(101);
        var page = await PageAsync("");
        Assert.Equal(100, page.Results.Count);
        Assert.Equal(101, page.TotalCount);
        Assert.Contains(page.Links!, l => l.Rel == "next");
    }

    [Theory]
    [InlineData("itemsPerPage=0", "itemsPerPage")]
    [InlineData("itemsPerPage=501", "itemsPerPage")]
    [InlineData("itemsPerPage=ten", "itemsPerPage")]
    [InlineData("pageNum=0", "pageNum")]
    [InlineData("pageNum=-1", "pageNum")]
    [InlineData("includeCount=maybe", "includeCount")]
    public async Task PagingOutsideItsRangeIsInvalidQueryParameter(string query, string name)
    {
        using var response = await GetAsync(_http, _snapshots + "?" + query);
        var error = await AssertErrorAsync(response, 400, "INVALID_QUERY_PARAMETER");
        Assert.Equal(name, Assert.Single(error.Parameters!).GetString());
    }

    [Fact]
    public async Task FiveHundredItemsPerPageIsAllowed()
    {
        using var response = await GetAsync(_http, _snapshots + "?itemsPerPage=500");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RestoreJobListsPageToo()
    {
        var snapshot = _cluster.AddSnapshot();
        for (var i = 0; i < 3; i++)
        {
            _cluster.AddRestoreJob(new FlexBackupRestoreJob { SnapshotId = snapshot.Id, Status = RestoreJobStatus.Completed });
        }

        using var response = await GetAsync(_http, _snapshots.Replace("/snapshots", "/restoreJobs") + "?itemsPerPage=2&pageNum=2");
        var page = await ReadAsync(response, AtlasJsonContext.Default.AtlasPageFlexBackupRestoreJob);
        Assert.Single(page.Results);
        Assert.Equal(3, page.TotalCount);
    }

    private string[] AddSnapshots(int count) => Enumerable.Range(0, count).Select(_ => _cluster.AddSnapshot().Id!).ToArray();

    private async Task<AtlasPage<FlexBackupSnapshot>> PageAsync(string query)
    {
        using var response = await GetAsync(_http, _snapshots + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response, AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot);
    }
}
