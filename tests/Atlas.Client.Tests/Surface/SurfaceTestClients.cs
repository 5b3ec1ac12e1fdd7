namespace Atlas.Client.Tests.Surface;

// Shapes the ready-made interfaces do not use, declared as a user would, implemented by the generator.

/// <summary>A page walk that can turn totalCount off and ask for an envelope, to test every way a walk ends.</summary>
[AtlasClient]
public partial interface IPagedFlexSnapshots
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    IAsyncEnumerable<FlexBackupSnapshot> EnumerateAsync(
        string groupId, string name, bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null,
        bool? envelope = null, CancellationToken cancellationToken = default);
}

/// <summary>The Flex operations read as AtlasResponse: status, headers, value or error, never an exception for 4xx/5xx.</summary>
[AtlasClient]
public partial interface IFlexResponses
{
    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
    Task<AtlasResponse<FlexBackupSnapshot>> GetFlexBackupAsync(string groupId, string name, string snapshotId, bool? envelope = null);

    [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
    ValueTask<AtlasResponse<AtlasPage<FlexBackupSnapshot>>> ListFlexBackupsAsync(string groupId, string name);

    [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
    Task<AtlasResponse> CreateFlexBackupRestoreJobAsync(string groupId, string name, [Body] FlexBackupRestoreJobCreate restoreJob);
}

#pragma warning disable CS0618, ATLAS0001, ATLAS0004 // the tenant operation is sunset: its headers are what this reads
/// <summary>A tenant operation read as AtlasResponse, for its Deprecation and Sunset headers.</summary>
[AtlasClient]
public partial interface ITenantResponses
{
    [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
    Task<AtlasResponse<BackupTenantSnapshot>> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId);
}
#pragma warning restore CS0618, ATLAS0001, ATLAS0004

/// <summary>One POST read four ways, against a scripted server answering 200, 201, 202 or 204, with or without a body.</summary>
[AtlasClient]
public partial interface IAnswerStatuses
{
    [Post("/jobs", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob> CreateAsync([Body] FlexBackupRestoreJobCreate job);

    [Post("/jobs", Version = "2024-11-13")]
    Task<FlexBackupRestoreJob?> CreateOrNothingAsync([Body] FlexBackupRestoreJobCreate job);

    [Post("/jobs", Version = "2024-11-13")]
    Task StartAsync([Body] FlexBackupRestoreJobCreate job);

    [Post("/jobs", Version = "2024-11-13")]
    Task<AtlasResponse<FlexBackupRestoreJob>> CreateForResponseAsync([Body] FlexBackupRestoreJobCreate job);
}
