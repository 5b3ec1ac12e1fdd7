using Xunit;
using static Atlas.Client.CodeFixes.Tests.SpecTool.SpecToolRun;
using static Atlas.Client.CodeFixes.Tests.SuppliedSpec.SuppliedSpecSetup;

namespace Atlas.Client.CodeFixes.Tests.SpecTool;

/// <summary>
/// <c>dotnet atlas-spec pin</c> from a local file: it writes the new spec byte for byte and says what changed against
/// the file it replaces; a spec the analyzers cannot use is refused with the place, and the pinned file stays.
/// </summary>
public class SpecToolPinTests
{
    private const string Download = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download";
    private const string RestoreJobs = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs";
    private const string Schedule = "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/schedule";

    /// <summary>MongoDB's subset, then a newer one: a sunset date, a deprecation, an operation gone and one added.</summary>
    internal static readonly string Newer = WithOperation(
        WithoutPath(Deprecate(WithSunset(BackupSubset(), FlexListPath, "get", "2024-11-13", "2026-06-01"), RestoreJobs, "post"), Download),
        FlexListPath, Schedule, "getGroupFlexClusterBackupSchedule", "2026-09-01");

    [Fact]
    public async Task Pin_writes_the_new_spec_and_reports_sunsets_deprecations_removed_and_added_operations()
    {
        using var run = new SpecToolRun();
        var pinned = run.Write("atlas-api.json", BackupSubset());
        var source = run.Write("downloaded.json", Newer);

        var (exitCode, output, error) = await run.RunAsync("pin", "--from", source, "--out", pinned);

        Assert.True(exitCode == 0, error);
        Assert.Equal(Newer, File.ReadAllText(pinned));
        Assert.Contains($"Changes against {pinned}:", output, StringComparison.Ordinal);
        Assert.Contains(
            "Removed operations (ATLAS0105 with ReportRemoved=\"true\"): 1\n"
            + $"  POST {Download} (downloadGroupFlexClusterBackup): gone from the new spec\n", output, StringComparison.Ordinal);
        Assert.Contains(
            "New sunset dates (ATLAS0102, ATLAS0101 once past): 1\n"
            + $"  GET {FlexListPath} (listGroupFlexClusterBackupSnapshots): 2024-11-13 sunset 2026-06-01\n", output, StringComparison.Ordinal);
        Assert.Contains(
            "Newly deprecated operations: 1\n"
            + $"  POST {RestoreJobs} (createGroupFlexClusterBackupRestoreJob): now deprecated\n", output, StringComparison.Ordinal);
        Assert.Contains(
            "New operations: 1\n"
            + $"  GET {Schedule} (getGroupFlexClusterBackupSchedule): new, versions 2026-09-01\n", output, StringComparison.Ordinal);
        Assert.Contains("Wrote " + pinned, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_spec_is_up_to_date_and_check_fails_only_when_the_file_is_out_of_date()
    {
        using var run = new SpecToolRun();
        var pinned = run.Write("atlas-api.json", BackupSubset());
        var same = run.Write("same.json", BackupSubset());
        var newer = run.Write("newer.json", Newer);

        var upToDate = await run.RunAsync("pin", "--from", same, "--out", pinned, "--check");
        var outOfDate = await run.RunAsync("pin", "--from", newer, "--out", pinned, "--check");

        Assert.Equal(0, upToDate.ExitCode);
        Assert.Contains("is up to date", upToDate.Output, StringComparison.Ordinal);
        Assert.Equal(3, outOfDate.ExitCode);
        Assert.Contains("New sunset dates", outOfDate.Output, StringComparison.Ordinal);
        Assert.Equal(BackupSubset(), File.ReadAllText(pinned));
    }

    [Fact]
    public async Task A_spec_the_analyzers_cannot_use_is_refused_with_its_place_and_the_pinned_file_stays()
    {
        using var run = new SpecToolRun();
        var pinned = run.Write("atlas-api.json", BackupSubset());
        var truncated = run.Write("truncated.json", "{\n  \"openapi\": \"3.0.1\",\n  \"paths\": {\n    \"/api/atlas/v2/groups\": {");

        var (exitCode, output, error) = await run.RunAsync("pin", "--from", truncated, "--out", pinned);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"atlas-spec: {truncated} cannot be used: the file ends inside an object (is it truncated?) (line 4, column 30); nothing was written\n", error);
        Assert.Equal(BackupSubset(), File.ReadAllText(pinned));
    }

    [Fact]
    public async Task A_first_pin_is_compared_with_the_built_in_catalog_and_a_subset_is_not_a_list_of_removals()
    {
        using var run = new SpecToolRun();
        var source = run.Write("downloaded.json", WithSunset(BackupSubset(), FlexListPath, "get", "2024-11-13", "2026-06-01"));

        var (exitCode, output, error) = await run.RunAsync("pin", "--from", source, "--out", run.PathOf("specs/atlas-api.json"));

        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(run.PathOf("specs/atlas-api.json")));
        Assert.Contains("Changes against the catalog built into Atlas.Client:", output, StringComparison.Ordinal);
        Assert.Contains($"  GET {FlexListPath} (listGroupFlexClusterBackupSnapshots): 2024-11-13 sunset 2026-06-01\n", output, StringComparison.Ordinal);
        Assert.Contains("Removed operations (ATLAS0105 with ReportRemoved=\"true\"): 534\n  (not listed: the new spec may be a subset)\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("New operations", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pin extra")]
    [InlineData("pin --from")]
    [InlineData("pin --frmo x")]
    [InlineData("diff one")]
    [InlineData("fetch")]
    public async Task A_wrong_command_line_is_a_usage_error(string commandLine)
    {
        using var run = new SpecToolRun();

        var (exitCode, _, error) = await run.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Contains("dotnet atlas-spec pin", error, StringComparison.Ordinal);
    }
}
