using Xunit;
using static Atlas.Client.CodeFixes.Tests.SuppliedSpec.SuppliedSpecSetup;

namespace Atlas.Client.CodeFixes.Tests.SpecTool;

/// <summary>
/// <c>dotnet atlas-spec</c> fetching over HTTP, from a loopback server standing in for MongoDB's published URL: the
/// answer is pinned and compared; an HTTP error writes nothing; <c>diff</c> takes URLs and files alike.
/// </summary>
public class SpecToolFetchTests
{
    [Fact]
    public async Task Pin_fetches_the_url_and_reports_what_changed()
    {
        using var run = new SpecToolRun();
        var pinned = run.Write("atlas-api.json", BackupSubset());
        await using var server = new LoopbackSpecServer(SpecToolPinTests.Newer);

        var (exitCode, output, error) = await run.RunAsync("pin", "--from", server.BaseUrl + "openapi/v2.json", "--out", pinned);

        Assert.True(exitCode == 0, error);
        Assert.Equal(new[] { "/openapi/v2.json" }, server.Requested);
        Assert.Equal(SpecToolPinTests.Newer, File.ReadAllText(pinned));
        Assert.Contains($"  GET {FlexListPath} (listGroupFlexClusterBackupSnapshots): 2024-11-13 sunset 2026-06-01\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_error_is_reported_and_nothing_is_written()
    {
        using var run = new SpecToolRun();
        var pinned = run.Write("atlas-api.json", BackupSubset());
        await using var server = new LoopbackSpecServer(SpecToolPinTests.Newer);
        var url = server.BaseUrl + "openapi/atlas-api.json";

        var (exitCode, output, error) = await run.RunAsync("pin", "--from", url, "--out", pinned);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"atlas-spec: {url} answered 404 Not Found; nothing was written\n", error);
        Assert.Equal(BackupSubset(), File.ReadAllText(pinned));
    }

    [Fact]
    public async Task Diff_compares_a_file_with_a_url()
    {
        using var run = new SpecToolRun();
        var old = run.Write("old.json", BackupSubset());
        await using var server = new LoopbackSpecServer(SpecToolPinTests.Newer);

        var (exitCode, output, error) = await run.RunAsync("diff", old, server.BaseUrl + "openapi/v2.json");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith($"Changes against {old}:\n", output, StringComparison.Ordinal);
        Assert.Contains("Newly deprecated operations: 1\n", output, StringComparison.Ordinal);
        Assert.Contains("Removed operations (ATLAS0105 with ReportRemoved=\"true\"): 1\n", output, StringComparison.Ordinal);
    }
}
