namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>
/// Valid user sources the fuzzer starts from: every shape the generator supports (the two foundation endpoints, every
/// query type, a user JSON context, nesting, inheritance, default members, a global-namespace client, callers of the
/// generated class; the backup surface's [Body] POSTs, AtlasResponse and AtlasResponse&lt;T&gt;, AtlasPage&lt;T&gt; and
/// IAsyncEnumerable&lt;T&gt; page walks, for Flex and for the sunset tenant family, whose migration fix then meets
/// them) and the tenant uses the sunset analyzers look for. Each compiles with no error and generates code that
/// compiles warning-free, which a test checks before any mutation counts.
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
        ("flex backup surface", Usings + """
            namespace MyApp.Surface;

            /// <summary>Flex restore jobs and snapshots in every shape of the backup surface.</summary>
            [AtlasClient]
            public partial interface IFlexRestoreJobs
            {
                /// <summary>A [Body] POST.</summary>
                [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
                Task<FlexBackupRestoreJob> CreateAsync(string groupId, string name, [Body] FlexBackupRestoreJobCreate restoreJob,
                    bool? envelope = null, CancellationToken cancellationToken = default);

                /// <summary>A [Body] POST read as a response without a value.</summary>
                [Post("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download", Version = "2024-11-13")]
                ValueTask<AtlasResponse> DownloadAsync(string groupId, string name, [Body] FlexBackupSnapshotDownloadCreate download);

                /// <summary>A response with a value.</summary>
                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}", Version = "2024-11-13")]
                Task<AtlasResponse<FlexBackupRestoreJob>> GetAsync(string groupId, string name, string restoreJobId, CancellationToken cancellationToken = default);

                /// <summary>One page.</summary>
                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
                Task<AtlasPage<FlexBackupRestoreJob>> ListAsync(string groupId, string name, bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null);

                /// <summary>A page walk whose page size is renamed.</summary>
                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs", Version = "2024-11-13")]
                IAsyncEnumerable<FlexBackupRestoreJob> EnumerateAsync(string groupId, string name, [Query("itemsPerPage")] int? size = null,
                    CancellationToken cancellationToken = default);

                /// <summary>A page walk with both paging parameters.</summary>
                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
                IAsyncEnumerable<FlexBackupSnapshot> EnumerateSnapshotsAsync(string groupId, string name, int? itemsPerPage = null, int? pageNum = null,
                    CancellationToken cancellationToken = default);

                /// <summary>A page read as a response.</summary>
                [Get("/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots", Version = "2024-11-13")]
                Task<AtlasResponse<AtlasPage<FlexBackupSnapshot>>> ListSnapshotsAsync(string groupId, string name);
            }

            internal static class RestoreJobCaller
            {
                internal static async Task<int> CountAsync(HttpClient http, CancellationToken cancellationToken)
                {
                    var count = 0;
                    await foreach (var job in new FlexRestoreJobsClient(http).EnumerateAsync("g", "n", size: 50).WithCancellation(cancellationToken))
                    {
                        count += job.Id is null ? 0 : 1;
                    }

                    return count;
                }
            }
            """),

        ("tenant backup surface", Usings + """
            namespace MyApp.Tenant;

            #pragma warning disable CS0618 // the sunset models on purpose: the migration fix must carry bodies, responses and page walks over
            [AtlasClient]
            internal partial interface ITenantRestores
            {
                [Post("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restore", Version = "2023-01-01")]
                Task<TenantRestore> CreateSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, [Body] TenantRestore restoreJob,
                    bool? envelope = null, CancellationToken cancellationToken = default);

                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}", Version = "2023-01-01")]
                Task<AtlasResponse<TenantRestore>> GetSharedClusterBackupRestoreJobAsync(string groupId, string clusterName, string restoreId);

                [Get("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots", Version = "2023-01-01")]
                IAsyncEnumerable<BackupTenantSnapshot> EnumerateSharedClusterBackupsAsync(string groupId, string clusterName,
                    int? itemsPerPage = null, int? pageNum = null, CancellationToken cancellationToken = default);
            }

            internal static class TenantRestoreCaller
            {
                internal static Task<TenantRestore> RestoreAsync(HttpClient http, TenantRestore job)
                    => new TenantRestoresClient(http).CreateSharedClusterBackupRestoreJobAsync("g", "c", job);
            }
            #pragma warning restore CS0618
            """),

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
