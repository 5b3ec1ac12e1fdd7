using System.Net;
using System.Text.Json;
using Atlas.Client.Testing;
using Xunit;

namespace Atlas.Client.Tests.Surface;

/// <summary>
/// IAsyncEnumerable page walks against the simulator, asserted on its request log: where a walk ends (no items, one
/// full page, a short last page, no totalCount, a server that shortens a page before the end), that it is lazy, that
/// no page is fetched twice, and that either token cancels it.
/// </summary>
public sealed class PageWalkTests : IAsyncLifetime
{
    private const string MediaType = "application/vnd.atlas.2024-11-13+json";
    private SurfaceKit _kit = null!;
    private IPagedFlexSnapshots _client = null!;

    public async Task InitializeAsync()
    {
        _kit = await SurfaceKit.StartAsync();
        _client = new PagedFlexSnapshotsClient(_kit.Http);
    }

    public async Task DisposeAsync() => await _kit.DisposeAsync();

    [Fact]
    public async Task NoItemsIsOneRequestAndAnEmptySequence()
    {
        var items = await Walk(itemsPerPage: 5);

        Assert.Empty(items);
        Assert.Equal(new[] { "itemsPerPage=5&pageNum=1" }, Queries());
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public async Task ExactlyOneFullPageEndsWithTheCountOrWithOneEmptyPageWithoutIt(bool includeCount, int requests)
    {
        var ids = _kit.AddFlexSnapshots(5);

        var items = await Walk(includeCount: includeCount, itemsPerPage: 5);

        Assert.Equal(ids, items);
        Assert.Equal(requests, _kit.ApiRequests.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task APartialLastPageEndsTheWalk(bool includeCount)
    {
        var ids = _kit.AddFlexSnapshots(12);

        var items = await Walk(includeCount: includeCount, itemsPerPage: 5);

        Assert.Equal(ids, items);
        Assert.Equal(new[] { 1, 2, 3 }, PageNumbers());
    }

    [Fact]
    public async Task WithoutTotalCountAFullLastPageCostsOneMoreRequestThatAnswersEmpty()
    {
        var ids = _kit.AddFlexSnapshots(10);

        var items = await Walk(includeCount: false, itemsPerPage: 5);

        Assert.Equal(ids, items);
        Assert.Equal(new[] { 1, 2, 3 }, PageNumbers());
        Assert.EndsWith("includeCount=false&itemsPerPage=5&pageNum=3", _kit.ApiRequests[2].Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortPageBeforeTheEndDoesNotEndAWalkThatKnowsTheCount()
    {
        // Page 1 comes back with 3 of its 5 items (a server that left two out); totalCount still says 12.
        var ids = _kit.AddFlexSnapshots(12);
        ShortenFirstPage(ids.Take(3), totalCount: 12, next: false);

        var items = await Walk(itemsPerPage: 5);

        Assert.Equal(ids.Take(3).Concat(ids.Skip(5)), items);
        Assert.Equal(new[] { 1, 2, 3 }, PageNumbers());
    }

    [Fact]
    public async Task AShortPageBeforeTheEndWithANextLinkDoesNotEndAWalkWithoutCount()
    {
        var ids = _kit.AddFlexSnapshots(12);
        ShortenFirstPage(ids.Take(3), totalCount: null, next: true);

        var items = await Walk(includeCount: false, itemsPerPage: 5);

        Assert.Equal(ids.Take(3).Concat(ids.Skip(5)), items);
        Assert.Equal(new[] { 1, 2, 3 }, PageNumbers());
    }

    [Fact]
    public async Task AShortPageWithNeitherCountNorNextLinkLooksLikeTheEndAndEndsTheWalk()
    {
        // The documented limit: without totalCount and a next link, a shortened page cannot be told from the last one.
        var ids = _kit.AddFlexSnapshots(12);
        ShortenFirstPage(ids.Take(3), totalCount: null, next: false);

        var items = await Walk(includeCount: false, itemsPerPage: 5);

        Assert.Equal(ids.Take(3), items);
        Assert.Equal(new[] { 1 }, PageNumbers());
    }

    [Fact]
    public async Task ACountThatOverestimatesEndsAtTheFirstEmptyPage()
    {
        var ids = _kit.AddFlexSnapshots(3);
        ShortenFirstPage(ids.Take(3), totalCount: 50, next: false, pageSize: 3);

        var items = await Walk(itemsPerPage: 3);

        Assert.Equal(ids, items);
        Assert.Equal(new[] { 1, 2 }, PageNumbers());
    }

    [Fact]
    public async Task TheWalkIsLazyAndEachPageIsFetchedOnceWhenItsItemsAreNeeded()
    {
        _kit.AddFlexSnapshots(6);
        var sequence = _client.EnumerateAsync(_kit.GroupId, SurfaceKit.FlexName, itemsPerPage: 2);
        Assert.Empty(_kit.Simulator.Requests);

        await using var enumerator = sequence.GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(new[] { 1 }, PageNumbers());
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(new[] { 1 }, PageNumbers());
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(new[] { 1, 2 }, PageNumbers());
        while (await enumerator.MoveNextAsync())
        {
        }

        Assert.Equal(new[] { 1, 2, 3 }, PageNumbers());
    }

    [Fact]
    public async Task EnumeratingAgainStartsANewWalk()
    {
        var ids = _kit.AddFlexSnapshots(3);
        var sequence = _client.EnumerateAsync(_kit.GroupId, SurfaceKit.FlexName, itemsPerPage: 2);

        var first = await sequence.Select(s => s.Id!).ToListAsync();
        var second = await sequence.Select(s => s.Id!).ToListAsync();

        Assert.Equal(ids, first);
        Assert.Equal(ids, second);
        Assert.Equal(new[] { 1, 2, 1, 2 }, PageNumbers());
    }

    [Fact]
    public async Task TheMethodsPageNumAndItemsPerPageChooseStartAndSize()
    {
        var ids = _kit.AddFlexSnapshots(7);

        var items = await Walk(itemsPerPage: 3, pageNum: 2);

        Assert.Equal(ids.Skip(3), items);
        Assert.Equal(new[] { "itemsPerPage=3&pageNum=2", "itemsPerPage=3&pageNum=3" }, Queries());
    }

    [Fact]
    public async Task WithoutPagingArgumentsTheWalkAsksForAtlasDefaultsExplicitly()
    {
        _kit.AddFlexSnapshots(1);

        await Walk();

        Assert.Equal(new[] { "itemsPerPage=100&pageNum=1" }, Queries());
    }

    [Fact]
    public async Task AnEnvelopedPageIsReadAsAPage()
    {
        var ids = _kit.AddFlexSnapshots(3);

        var items = await Walk(itemsPerPage: 2, envelope: true);

        Assert.Equal(ids, items);
        Assert.All(_kit.ApiRequests, r => Assert.Contains("envelope=true", r.Target, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 10, "pageNum")]
    [InlineData(-3, 10, "pageNum")]
    [InlineData(1, 0, "itemsPerPage")]
    [InlineData(1, 501, "itemsPerPage")]
    public void OutOfRangePagingThrowsAtTheCallNamingTheParameter(int pageNum, int itemsPerPage, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _client.EnumerateAsync(_kit.GroupId, SurfaceKit.FlexName, itemsPerPage: itemsPerPage, pageNum: pageNum));

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(_kit.Simulator.Requests);
    }

    [Fact]
    public void BadRouteValuesThrowAtTheCallNotAtTheFirstPage()
    {
        Assert.Equal("groupId", Assert.Throws<ArgumentNullException>(() => _client.EnumerateAsync(null!, SurfaceKit.FlexName)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => _client.EnumerateAsync(_kit.GroupId, "..")).ParamName);
        Assert.Empty(_kit.Simulator.Requests);
    }

    [Fact]
    public async Task CancellingThroughWithCancellationStopsBetweenItemsWithoutAnotherRequest()
    {
        _kit.AddFlexSnapshots(6);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string?>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var snapshot in _client.EnumerateAsync(_kit.GroupId, SurfaceKit.FlexName, itemsPerPage: 3).WithCancellation(cancellation.Token))
            {
                seen.Add(snapshot.Id);
                await cancellation.CancelAsync();
            }
        });

        Assert.Single(seen);
        Assert.Equal(new[] { 1 }, PageNumbers());
    }

    [Fact]
    public async Task CancellingTheMethodsTokenWhileAPageIsInFlightStopsTheWalk()
    {
        _kit.AddFlexSnapshots(6);
        using var cancellation = new CancellationTokenSource();
        await using var enumerator = _client.EnumerateAsync(_kit.GroupId, SurfaceKit.FlexName, itemsPerPage: 3, cancellationToken: cancellation.Token)
            .GetAsyncEnumerator();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await enumerator.MoveNextAsync());
        }

        // Page 2 will hang on the server; cancel while the walk waits for it.
        _kit.Simulator.Faults.Add(SimulatorFault.Delay(TimeSpan.FromSeconds(30)), pathContains: "/backup/snapshots");
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await enumerator.MoveNextAsync());
    }

    [Fact]
    public async Task AnErrorOnALaterPageSurfacesAfterTheItemsBeforeIt()
    {
        var ids = _kit.AddFlexSnapshots(4);
        var seen = new List<string>();
        await using var enumerator = _client.EnumerateAsync(_kit.GroupId, SurfaceKit.FlexName, itemsPerPage: 2).GetAsyncEnumerator();
        while (seen.Count < 2 && await enumerator.MoveNextAsync())
        {
            seen.Add(enumerator.Current.Id!);
        }

        _kit.Simulator.Faults.Add(SimulatorFault.HtmlErrorPage(503), pathContains: "/backup/snapshots");
        var error = await Assert.ThrowsAsync<AtlasApiException>(async () => await enumerator.MoveNextAsync());

        Assert.Equal(ids.Take(2), seen);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("IPagedFlexSnapshots.EnumerateAsync", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(page 2 of the walk, itemsPerPage 2)", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, Assert.IsType<AtlasApiException>(error.InnerException).StatusCode);
    }

    [Fact]
    public async Task AnAtlasErrorOnAPageKeepsItsCodeAndRetryAfter()
    {
        _kit.AddFlexSnapshots(1);
        var rateLimited = """{"detail":"Resource is limited.","error":429,"errorCode":"RATE_LIMITED","reason":"Too Many Requests"}""";
        _kit.Simulator.Faults.Add(
            SimulatorFault.Respond(429, "application/json", rateLimited, new Dictionary<string, string> { ["Retry-After"] = "12" }),
            pathContains: "/backup/snapshots");

        var error = await Assert.ThrowsAsync<AtlasApiException>(() => Walk(itemsPerPage: 5, pageNum: 3));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("RATE_LIMITED", error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
        Assert.EndsWith("(page 3 of the walk, itemsPerPage 5)", error.Message, StringComparison.Ordinal);
    }

    private async Task<List<string>> Walk(bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, bool? envelope = null)
        => await _client.EnumerateAsync(_kit.GroupId, SurfaceKit.FlexName, includeCount, itemsPerPage, pageNum, envelope).Select(s => s.Id!).ToListAsync();

    /// <summary>The next request to the list answers this page instead of the real one.</summary>
    private void ShortenFirstPage(IEnumerable<string> ids, int? totalCount, bool next, int pageSize = 5)
    {
        var links = new List<Link> { new() { Rel = "self", Href = "http://127.0.0.1/page1" } };
        if (next)
        {
            links.Add(new Link { Rel = "next", Href = $"http://127.0.0.1/page2?itemsPerPage={pageSize}" });
        }

        var page = new AtlasPage<FlexBackupSnapshot>
        {
            Results = ids.Select(id => _kit.Flex.Snapshots.Single(s => s.Id == id)).ToList(),
            TotalCount = totalCount,
            Links = links,
        };
        var json = JsonSerializer.Serialize(page, AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot);
        _kit.Simulator.Faults.Add(SimulatorFault.Respond(200, MediaType, json), pathContains: "/backup/snapshots");
    }

    private List<string> Queries() => _kit.ApiRequests.Select(r => r.Target[(r.Target.IndexOf('?') + 1)..]).ToList();

    /// <summary>The pageNum of every request, in order: a page fetched twice would show twice.</summary>
    private List<int> PageNumbers() => _kit.ApiRequests
        .Select(r => int.Parse(r.Target[(r.Target.IndexOf("pageNum=", StringComparison.Ordinal) + "pageNum=".Length)..].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture))
        .ToList();
}
