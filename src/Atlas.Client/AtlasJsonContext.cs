using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// JSON metadata for the built-in models, produced at this library's build by the System.Text.Json source generator.
/// Generated clients bind to its <c>JsonTypeInfo</c> properties at compile time: no reflection, AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(FlexBackupSnapshot))]
[JsonSerializable(typeof(AtlasPage<FlexBackupSnapshot>))]
[JsonSerializable(typeof(FlexBackupRestoreJob))]
[JsonSerializable(typeof(AtlasPage<FlexBackupRestoreJob>))]
[JsonSerializable(typeof(FlexBackupRestoreJobCreate))]
[JsonSerializable(typeof(FlexBackupSnapshotDownloadCreate))]
#pragma warning disable CS0618 // the tenant models are obsolete for users, not for the library that still has to read them
[JsonSerializable(typeof(BackupTenantSnapshot))]
[JsonSerializable(typeof(AtlasPage<BackupTenantSnapshot>))]
[JsonSerializable(typeof(TenantRestore))]
[JsonSerializable(typeof(AtlasPage<TenantRestore>))]
#pragma warning restore CS0618
public sealed partial class AtlasJsonContext : JsonSerializerContext
{
}
