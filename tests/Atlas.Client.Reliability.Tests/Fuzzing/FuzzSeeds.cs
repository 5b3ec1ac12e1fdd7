namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>
/// Valid user sources the fuzzer starts from: every shape the generator supports (the two foundation endpoints, every
/// query type, a user JSON context, nesting, inheritance, default members, a global-namespace client, callers of the
/// generated class) and the tenant uses the sunset analyzers look for. Each compiles with no diagnostic at all, which
/// a test checks before any mutation counts.
/// </summary>
internal static class FuzzSeeds
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using Atlas.Client;

        """;

    public static IReadOnlyList<(string Name, string Source)> All { get; } =
    [
        ("flex", Usings + """
            namespace MyApp;

            /// <summary>Flex snapshots.</summary>
            [AtlasClient]
            public partial interface IFlexSnapshots
            {
                /// <summary>One snapshot.</summary>
                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId,
                    bool? envelope = null, CancellationToken cancellationToken = default);
            }
            """),

        ("tenant", Usings + """
            namespace MyApp;

            #pragma warning disable CS0618 // the seed uses the sunset model on purpose: the sunset analyzers look for it
            [AtlasClient]
            internal partial interface ITenantSnapshots
            {
                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}", Version = "2023-01-01")]
                Task<BackupTenantSnapshot> GetSharedClusterBackupAsync(string groupId, string clusterName, string snapshotId,
                    bool? envelope = null, bool? pretty = null, CancellationToken cancellationToken = default);

                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
                Task<AtlasPage<BackupTenantSnapshot>> ListSharedClusterBackupsAsync(string groupId, string clusterName,
                    bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, CancellationToken cancellationToken = default);
            }

            internal static class TenantCaller
            {
                private const string Path = "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots";

                internal static Task<BackupTenantSnapshot> FetchAsync(HttpClient http)
                    => new TenantSnapshotsClient(http).GetSharedClusterBackupAsync("g", "c", "s");

                internal static Task<HttpResponseMessage> RawAsync(HttpClient http, string group)
                    => http.GetAsync($"/api/atlas/v2/groups/{group}/clusters/c/backup/tenant/snapshots" + "?pretty=true" + Path.Length);
            }
            #pragma warning restore CS0618
            """),

        ("every query type", Usings + """
            namespace MyApp.Queries
            {
                [AtlasClient]
                internal partial interface IQueries
                {
                    [Get("/api/atlas/v2/groups/{groupId}/things/{id}/{uid}", Version = "2024-01-01")]
                    ValueTask<FlexBackupSnapshot> GetAsync(string groupId, long id, Guid uid,
                        [Query("pageNum")] int? page = null, bool? includeCount = true, string? name = "a\"b", double? ratio = 0.5,
                        decimal? amount = 1.5m, DateTimeOffset? since = null, DateTime? until = null, Guid? other = null,
                        short? s = null, ushort? us = null, byte? b = null, sbyte? sb = null, uint? ui = null, ulong? ul = null,
                        float? f = null, [Query("a b&c")] string? odd = null, CancellationToken cancellationToken = default);

                    [Delete("/api/atlas/v2/groups/{groupId}/things/{id}", Version = "2024-01-01")]
                    Task DeleteAsync(string groupId, int id, CancellationToken cancellationToken = default);

                    [Get("/api/atlas/v2/groups/{groupId}/logs/{clusterName}:pin/{logName}.gz", Version = "2024-01-01")]
                    Task<FlexBackupSnapshot?> PartsAsync(string groupId, string clusterName, string logName);
                }
            }
            """),

        ("user json context", Usings + """
            namespace MyApp;

            [AtlasClient(JsonContext = typeof(WidgetContext))]
            internal partial interface IWidgets
            {
                [Get("/w/list", Version = "2024-11-13")] Task<List<Widget>> ListAsync();
                [Get("/w/array", Version = "2024-11-13")] Task<Widget[]> ArrayAsync();
                [Get("/w/map", Version = "2024-11-13")] Task<Dictionary<string, Widget>> MapAsync();
                [Get("/w/count", Version = "2024-11-13")] Task<int?> CountAsync();
                [Get("/w/named", Version = "2024-11-13")] ValueTask<Gadget> NamedAsync();
                [Get("/w/nested", Version = "2024-11-13")] Task<Outer<int>.Inner<string>> NestedAsync();
                [Get("/w/builtin", Version = "2024-11-13")] Task<FlexBackupSnapshot> BuiltInAsync();
            }

            internal sealed class Widget { public string? Name { get; set; } }
            internal sealed class Gadget { public int Size { get; set; } }
            internal sealed class Outer<T> { internal sealed class Inner<U> { public U? Value { get; set; } } }

            [JsonSerializable(typeof(List<Widget>))]
            [JsonSerializable(typeof(Widget[]))]
            [JsonSerializable(typeof(Dictionary<string, Widget>))]
            [JsonSerializable(typeof(int?))]
            [JsonSerializable(typeof(Gadget), TypeInfoPropertyName = "MyGadget")]
            [JsonSerializable(typeof(Outer<int>.Inner<string>))]
            internal sealed partial class WidgetContext : JsonSerializerContext { }
            """),

        ("nested, inherited, default members", Usings + """
            namespace MyApp;

            internal interface IBase
            {
                [Delete("/things/{id}", Version = "2024-11-13")]
                Task DeleteAsync(long id, CancellationToken cancellationToken = default);
            }

            internal static partial class Outer
            {
                internal partial class Inner
                {
                    [AtlasClient]
                    internal partial interface IThings : IBase
                    {
                        [Get("/things/{class}/{uid}", Version = "2024-11-13")]
                        Task<FlexBackupSnapshot> @event(string @class, Guid? uid, int @int = 5, bool flag = true);

                        Task<FlexBackupSnapshot> HelperAsync() => @event("x", Guid.Empty);

                        static int Count => 1;
                    }

                    internal static IThings Create(HttpClient http) => new ThingsClient(http, new AtlasClientOptions());
                }
            }
            """),

        ("global namespace", """
            using System.Threading.Tasks;
            using Atlas.Client;

            [AtlasClient]
            internal partial interface IGlobal
            {
                [Get("/a/{id}", Version = "2024-11-13")]
                Task<FlexBackupSnapshot> GetAsync(string id);

                [Get("/a/{id}/restoreJobs", Version = "2024-11-13")]
                Task<AtlasPage<FlexBackupRestoreJob>> ListAsync(string id, int? pageNum = null);
            }

            internal static class Use
            {
                internal static IGlobal Create(System.Net.Http.HttpClient http) => new GlobalClient(http);
            }
            """),

        ("two clients, block namespaces", Usings + """
            namespace Company.Atlas
            {
                namespace Backups
                {
                    /// <summary>Restore jobs.</summary>
                    [AtlasClient]
                    public partial interface IRestoreJobs
                    {
                        /// <summary>One job.</summary>
                        [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
                        Task<FlexBackupRestoreJob> GetFlexBackupRestoreJobAsync(string groupId, string name, string restoreJobId, CancellationToken cancellationToken = default);
                    }

                    /// <summary>Flex snapshots, paged.</summary>
                    [AtlasClient]
                    public partial interface IFlexPages
                    {
                        /// <summary>A page.</summary>
                        [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
                        Task<AtlasPage<FlexBackupSnapshot>> ListFlexBackupsAsync(string groupId, string name,
                            bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, CancellationToken cancellationToken = default);
                    }
                }
            }
            """),
    ];
}
