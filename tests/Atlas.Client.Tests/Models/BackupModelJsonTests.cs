using System.Text.Json;
using Xunit;

namespace Atlas.Client.Tests.Models;

/// <summary>The issue-5 models read the spec's field names and keep what Atlas may add later.</summary>
public class BackupModelJsonTests
{
    [Fact]
    public void FlexRestoreJobReadsEveryFieldOfTheSchema()
    {
        const string json = """
            {"id":"5f1e2d3c4b5a69788796a5b4","deliveryType":"DOWNLOAD","expirationDate":"2025-01-02T03:04:05Z",
             "instanceName":"flex-1","projectId":"32b6e34b3d91647abb20e7b8","restoreFinishedDate":"2025-01-01T00:00:00Z",
             "restoreScheduledDate":"2024-12-31T00:00:00Z","snapshotFinishedDate":"2024-12-30T00:00:00Z",
             "snapshotId":"0123456789abcdef01234567","snapshotUrl":"https://example.invalid/s.tgz","status":"COMPLETED",
             "targetDeploymentItemName":"target","targetProjectId":"32b6e34b3d91647abb20e7b9",
             "links":[{"href":"https://cloud.mongodb.com/api/atlas","rel":"self"}]}
            """;

        var job = JsonSerializer.Deserialize(json, AtlasJsonContext.Default.FlexBackupRestoreJob)!;

        Assert.Equal("5f1e2d3c4b5a69788796a5b4", job.Id);
        Assert.Equal(RestoreDeliveryType.Download, job.DeliveryType);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), job.ExpirationDate);
        Assert.Equal("flex-1", job.InstanceName);
        Assert.Equal("32b6e34b3d91647abb20e7b8", job.ProjectId);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), job.RestoreFinishedDate);
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 0, 0, 0, TimeSpan.Zero), job.RestoreScheduledDate);
        Assert.Equal(new DateTimeOffset(2024, 12, 30, 0, 0, 0, TimeSpan.Zero), job.SnapshotFinishedDate);
        Assert.Equal("0123456789abcdef01234567", job.SnapshotId);
        Assert.Equal("https://example.invalid/s.tgz", job.SnapshotUrl);
        Assert.Equal(RestoreJobStatus.Completed, job.Status);
        Assert.Equal("target", job.TargetDeploymentItemName);
        Assert.Equal("32b6e34b3d91647abb20e7b9", job.TargetProjectId);
        Assert.Equal("self", Assert.Single(job.Links!).Rel);
    }

    [Fact]
    public void TenantRestoreReadsClusterNameAndKeepsUnknownEnumValues()
    {
        var restore = JsonSerializer.Deserialize(
            """{"clusterName":"m2-a","deliveryType":"POINT_IN_TIME","status":"CLOSED"}""",
            AtlasJsonContext.Default.TenantRestore)!;

        Assert.Equal("m2-a", restore.ClusterName);
        Assert.Equal("POINT_IN_TIME", restore.DeliveryType!.Value.Value);
        Assert.False(restore.DeliveryType.Value.IsKnown);
        Assert.Equal("CLOSED", restore.Status!.Value.Value);
        Assert.False(restore.Status.Value.IsKnown);
        Assert.Null(restore.ExpirationDate);
    }

    [Fact]
    public void AnEnumValueThatIsNotAStringIsAJsonErrorNamingTheType()
    {
        var error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize("""{"deliveryType":3}""", AtlasJsonContext.Default.FlexBackupRestoreJob));
        Assert.Contains(nameof(RestoreDeliveryType), error.Message);
    }

    [Fact]
    public void PageWithoutTotalCountOrResultsIsAnEmptyPageWithNoCount()
    {
        var page = JsonSerializer.Deserialize("""{"links":[]}""", AtlasJsonContext.Default.AtlasPageFlexBackupSnapshot)!;
        Assert.Empty(page.Results);
        Assert.Null(page.TotalCount);

        var nullResults = JsonSerializer.Deserialize("""{"results":null,"totalCount":0}""", AtlasJsonContext.Default.AtlasPageTenantRestore)!;
        Assert.Empty(nullResults.Results);
        Assert.Equal(0, nullResults.TotalCount);
    }

    [Fact]
    public void CreateBodiesWriteOnlyTheWritableFieldsAndOmitNulls()
    {
        var restore = new FlexBackupRestoreJobCreate("0123456789abcdef01234567", "target");
        Assert.Equal(
            """{"snapshotId":"0123456789abcdef01234567","targetDeploymentItemName":"target"}""",
            JsonSerializer.Serialize(restore, AtlasJsonContext.Default.FlexBackupRestoreJobCreate));

        var withProject = new FlexBackupRestoreJobCreate("0123456789abcdef01234567", "target") { TargetProjectId = "32b6e34b3d91647abb20e7b8" };
        Assert.Contains("\"targetProjectId\":\"32b6e34b3d91647abb20e7b8\"", JsonSerializer.Serialize(withProject, AtlasJsonContext.Default.FlexBackupRestoreJobCreate));

        Assert.Equal(
            """{"snapshotId":"0123456789abcdef01234567"}""",
            JsonSerializer.Serialize(new FlexBackupSnapshotDownloadCreate("0123456789abcdef01234567"), AtlasJsonContext.Default.FlexBackupSnapshotDownloadCreate));
    }

    [Theory]
    [InlineData(null, "target", "snapshotId")]
    [InlineData(" ", "target", "snapshotId")]
    [InlineData("0123456789abcdef01234567", "", "targetDeploymentItemName")]
    public void CreateBodyRejectsMissingRequiredFieldsNamingTheParameter(string? snapshotId, string? target, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new FlexBackupRestoreJobCreate(snapshotId!, target!));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void DownloadBodyRejectsABlankSnapshotId()
    {
        Assert.Equal("snapshotId", Assert.ThrowsAny<ArgumentException>(() => new FlexBackupSnapshotDownloadCreate("")).ParamName);
        Assert.Equal("SnapshotId", Assert.ThrowsAny<ArgumentException>(
            () => new FlexBackupSnapshotDownloadCreate("0123456789abcdef01234567") { SnapshotId = null! }).ParamName);
    }

    [Fact]
    public void DeliveryTypeAndStatusCompareByText()
    {
        Assert.Equal(RestoreDeliveryType.Restore, new RestoreDeliveryType("RESTORE"));
        Assert.True(new RestoreJobStatus("QUEUED").IsKnown);
        Assert.Equal(string.Empty, default(RestoreJobStatus).Value);
        Assert.False(default(RestoreDeliveryType).IsKnown);
        Assert.Throws<ArgumentNullException>(() => new RestoreDeliveryType(null!));
    }
}
