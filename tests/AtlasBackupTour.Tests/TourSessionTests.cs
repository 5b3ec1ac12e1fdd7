using Atlas.Client.Testing;
using Xunit;

namespace AtlasBackupTour.Tests;

/// <summary>The tour end to end, in process, with its output captured.</summary>
public class TourSessionTests
{
    private const string PublicKey = "tourpublic";
    private const string PrivateKey = "tour-private-8c1d0f5e";

    [Fact]
    public async Task Default_session_lists_fetches_and_shows_the_sunset()
    {
        var (exit, output, error) = await RunAsync([]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("embedded Atlas simulator at http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("ID                        Status     MongoDB  Scheduled (UTC)", output, StringComparison.Ordinal);
        Assert.Contains("6733a1f0c2b54d0a8e1f0003  RUNNING    8.0.4    2025-11-05 02:00", output, StringComparison.Ordinal);
        Assert.Contains("3 snapshot(s) on this page; totalCount 3.", output, StringComparison.Ordinal);
        Assert.Contains("getFlexBackup (2024-11-13) 6733a1f0c2b54d0a8e1f0001", output, StringComparison.Ordinal);
        Assert.Contains("200: snapshot 6511f2a4b3c94e1d2f3a0001 COMPLETED", output, StringComparison.Ordinal);
        Assert.Contains("Sunset: Thu, 22 Jan 2026 00:00:00 GMT", output, StringComparison.Ordinal);
        Assert.Contains("410 VERSION_GONE", output, StringComparison.Ordinal);
        Assert.Contains("use getFlexBackup instead", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Against_an_atlas_given_by_url_it_authenticates_and_skips_the_legacy_call_without_a_tenant_cluster()
    {
        await using var atlas = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { SeedDemoData = true }.AddApiKey(PublicKey, PrivateKey));

        var (exit, output, _) = await RunAsync(ArgumentsFor(atlas, PrivateKey));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("as API key tourpublic", output, StringComparison.Ordinal);
        Assert.Contains("3 snapshot(s) on this page", output, StringComparison.Ordinal);
        Assert.Contains("skipped: pass --tenant-cluster and --tenant-snapshot-id", output, StringComparison.Ordinal);
        Assert.All(atlas.Requests.Where(r => r.StatusCode == 200), r => Assert.Equal("Digest", r.AuthorizationScheme));
    }

    [Fact]
    public async Task Wrong_key_exits_3_without_printing_it()
    {
        await using var atlas = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { SeedDemoData = true }.AddApiKey(PublicKey, PrivateKey));

        var (exit, output, error) = await RunAsync(ArgumentsFor(atlas, "wrong-private-key-5566"));

        Assert.Equal(ExitCodes.Authentication, exit);
        Assert.Contains("refused the credentials (401", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-private-key-5566", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateKey, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_project_exits_1_with_atlas_error_code()
    {
        await using var atlas = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { SeedDemoData = true }.AddApiKey(PublicKey, PrivateKey));
        var args = ArgumentsFor(atlas, PrivateKey);
        args[Array.IndexOf(args, AtlasSimulator.DemoGroupId)] = "aaaaaaaaaaaaaaaaaaaaaaaa";

        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.AtlasError, exit);
        Assert.Contains("404 GROUP_NOT_FOUND", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_atlas_exits_4()
    {
        // Port 1 on loopback refuses connections.
        var (exit, _, error) = await RunAsync(
            ["--base-url", "http://127.0.0.1:1", "--group-id", AtlasSimulator.DemoGroupId, "--flex-cluster", "f", "--public-key", PublicKey, "--private-key", PrivateKey]);

        Assert.Equal(ExitCodes.Unreachable, exit);
        Assert.Contains("could not be reached", error, StringComparison.Ordinal);
    }

    private static string[] ArgumentsFor(AtlasSimulator atlas, string privateKey)
        =>
        [
            "--base-url", atlas.BaseAddress.ToString(), "--group-id", AtlasSimulator.DemoGroupId,
            "--flex-cluster", AtlasSimulator.DemoFlexClusterName, "--public-key", PublicKey, "--private-key", privateKey,
        ];

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        var options = TourOptions.Parse(args, _ => null);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Tour.RunAsync(options, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
