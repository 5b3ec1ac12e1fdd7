using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Atlas.Client.Testing;

/// <summary>
/// The <see cref="ApiError"/> bodies the simulator answers with. Codes, statuses and detail texts follow Atlas's error
/// code list (docs "Atlas Administration API Error Codes"); <c>parameters</c> carries the values substituted into the
/// detail, as Atlas does (e.g. <c>VERSION_GONE</c>: the version and the path). The 406 body is the one Atlas answers
/// to a missing or unknown version.
/// </summary>
internal static class ApiErrors
{
    public static ApiError UserUnauthorized()
        => Create(401, "USER_UNAUTHORIZED", "Current user is not authorized to perform this action.");

    public static ApiError InvalidVersionDate()
        => Create(406, "INVALID_VERSION_DATE", "Invalid accept header or version date.");

    public static ApiError VersionGone(string version, string path)
        => Create(410, "VERSION_GONE", $"Version {version} of {path} is no longer available.", version, path);

    public static ApiError RateLimited(string path, SimulatorRateLimit limit)
    {
        var minutes = limit.Window.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
        var count = limit.Limit.ToString(CultureInfo.InvariantCulture);
        return Create(429, "RATE_LIMITED", $"Resource {path} is limited to {count} requests every {minutes} minutes.", path, count, minutes);
    }

    public static ApiError ResourceNotFound(string path) => Create(404, "RESOURCE_NOT_FOUND", $"Cannot find resource {path}.", path);

    public static ApiError InvalidGroupId(string id) => Create(404, "INVALID_GROUP_ID", $"An invalid group ID {id} was specified.", id);

    public static ApiError GroupNotFound(string id) => Create(404, "GROUP_NOT_FOUND", $"No group with ID {id} exists.", id);

    public static ApiError ClusterNameInvalid(string name)
        => Create(400, "CLUSTER_NAME_INVALID", $"The cluster name {name} is invalid. The name can only contain ASCII letters, numbers, and hyphens.", name);

    public static ApiError ClusterNotFound(string name, string groupId)
        => Create(404, "CLUSTER_NOT_FOUND", $"No cluster named {name} exists in group {groupId}.", name, groupId);

    public static ApiError InvalidSnapshotId(string id) => Create(404, "INVALID_SNAPSHOT_ID", $"An invalid snapshot ID {id} was specified.", id);

    public static ApiError InvalidJobId(string id) => Create(404, "INVALID_JOB_ID", $"An invalid restore job ID {id} was specified.", id);

    public static ApiError SnapshotNotFound(string id, string cluster)
        => Create(404, "SNAPSHOT_NOT_FOUND", $"No snapshot with ID {id} exists for cluster {cluster}.", id, cluster);

    public static ApiError TenantSnapshotNotFound(string id, string cluster)
        => Create(404, "TENANT_SNAPSHOT_NOT_FOUND", $"No M2/M5 snapshot with ID {id} exists for cluster {cluster}.", id, cluster);

    public static ApiError RestoreJobNotFound(string id, string cluster)
        => Create(404, "RESTORE_JOB_NOT_FOUND", $"No restore job with ID {id} exists for cluster {cluster}.", id, cluster);

    public static ApiError TenantRestoreNotFound(string id, string cluster)
        => Create(404, "TENANT_RESTORE_NOT_FOUND", $"No M2/M5 restore with ID {id} exists for cluster {cluster}.", id, cluster);

    public static ApiError InvalidQueryParameter(string name) => Create(400, "INVALID_QUERY_PARAMETER", $"Invalid query parameter {name} specified.", name);

    public static ApiError MalformedJson() => Create(400, "MALFORMED_JSON", "Received JSON is malformed.");

    public static ApiError ValidationError(string field, string description)
    {
        var error = Create(400, "VALIDATION_ERROR", $"The request content produced the validation error: {description}", description);
        return new ApiError
        {
            Error = error.Error,
            ErrorCode = error.ErrorCode,
            Detail = error.Detail,
            Reason = error.Reason,
            Parameters = error.Parameters,
            BadRequestDetail = new BadRequestDetail { Fields = new[] { new FieldViolation { Field = field, Description = description } } },
        };
    }

    public static ApiError Unexpected() => Create(500, "UNEXPECTED_ERROR", "Unexpected error.");

    public static ApiError Create(int status, string errorCode, string detail, params string[] parameters) => new()
    {
        Error = status,
        ErrorCode = errorCode,
        Detail = detail,
        Reason = ReasonPhrases.GetReasonPhrase(status),
        Parameters = parameters.Select(p => JsonSerializer.SerializeToElement(p, AtlasJsonContext.Default.String)).ToArray(),
    };
}
