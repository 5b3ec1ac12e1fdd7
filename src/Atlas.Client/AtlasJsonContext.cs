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
#pragma warning disable CS0618 // the tenant model is obsolete for users, not for the library that still has to read it
[JsonSerializable(typeof(BackupTenantSnapshot))]
#pragma warning restore CS0618
public sealed partial class AtlasJsonContext : JsonSerializerContext
{
}
