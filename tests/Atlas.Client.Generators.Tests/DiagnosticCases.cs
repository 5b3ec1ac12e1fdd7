namespace Atlas.Client.Generators.Tests;

/// <summary>
/// One malformed interface per case, with the span the diagnostic must point at marked [|like this|], and the fixed
/// interface that must produce no diagnostic at all.
/// </summary>
internal static class DiagnosticCases
{
    public const string Preamble = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using Atlas.Client;

        namespace MyApp;

        """;

    private const string Get = "[Get(\"/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}\", Version = \"2024-11-13\")]";

    private const string Method = "Task<FlexBackupSnapshot> GetAsync(string groupId, string name, string snapshotId, CancellationToken cancellationToken = default);";

    public static IEnumerable<object[]> All() => Cases().Select(c => new object[] { c.Id, c.Name, c.Bad, c.Good });

    /// <summary>An interface around the given members.</summary>
    public static string Client(string members, string attribute = "[AtlasClient]", string modifiers = "internal partial")
        => Preamble + attribute + "\n" + modifiers + " interface IFlex\n{\n" + members + "\n}\n";

    private static IEnumerable<(string Id, string Name, string Bad, string Good)> Cases()
    {
        yield return ("ATLAS1001", "not partial",
            Client(Get + Method, modifiers: "internal").Replace("interface IFlex", "interface [|IFlex|]", StringComparison.Ordinal),
            Client(Get + Method));

        yield return ("ATLAS1002", "placeholder without parameter",
            Client("[Get([|\"/api/atlas/v2/groups/{groupId}/snapshots/{snapshotId}\"|], Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string groupId, string snapshotID);"),
            Client("[Get(\"/api/atlas/v2/groups/{groupId}/snapshots/{snapshotId}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string groupId, string snapshotId);"));

        foreach (var template in new[]
        {
            "api/atlas/v2", "/a/{id", "/a/id}", "/a/{}", "/a/{id}/{id}", "/a//b", "/a?x=1", "/a/{id}{other}", "/a/{id}.", "/a/b c",
            "/a/%zz", "/a/../b", "/a/{1id}", "/a#frag", "",
        })
        {
            yield return ("ATLAS1003", "template " + template,
                Client($"[Get([|\"{template}\"|], Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id, string other);"),
                Client("[Get(\"/a/{id}/{other}.gz\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id, string other);"));
        }

        yield return ("ATLAS1004", "no version",
            Client("[[|Get(\"/a/{id}\")|]] Task<FlexBackupSnapshot> GetAsync(string id);"),
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);"));

        foreach (var version in new[] { "2024-13-01", "2024-1-1", "latest", "2024-02-30", "Preview", " preview", "preview-2025" })
        {
            yield return ("ATLAS1005", "version " + version,
                Client($"[Get(\"/a/{{id}}\", [|Version = \"{version}\"|])] Task<FlexBackupSnapshot> GetAsync(string id);"),
                Client("[Get(\"/a/{id}\", Version = \"2024-02-29\")] Task<FlexBackupSnapshot> GetAsync(string id);"));
        }

        foreach (var returnType in new[] { "void", "FlexBackupSnapshot", "ValueTask", "IAsyncEnumerator<FlexBackupSnapshot>", "IEnumerable<FlexBackupSnapshot>", "Task<AtlasResponse>[]", "Task<Task<FlexBackupSnapshot>>".Replace("Task<Task<FlexBackupSnapshot>>", "System.Threading.Tasks.Task<int>[]", StringComparison.Ordinal) })
        {
            yield return ("ATLAS1006", "returns " + returnType,
                Client($"[Get(\"/a/{{id}}\", Version = \"2024-11-13\")] [|{returnType}|] GetAsync(string id);"),
                Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] ValueTask<FlexBackupSnapshot> GetAsync(string id);"));
        }

        yield return ("ATLAS1007", "generic method",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<T> [|GetAsync|]<T>(string id);"),
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);"));

        yield return ("ATLAS1008", "no context",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<[|Widget|]> GetAsync(string id);") + "internal sealed class Widget { public string? Name { get; set; } }\n",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<Widget> GetAsync(string id);", "[AtlasClient(JsonContext = typeof(WidgetContext))]")
                + "internal sealed class Widget { public string? Name { get; set; } }\n[JsonSerializable(typeof(Widget))]\ninternal sealed partial class WidgetContext : JsonSerializerContext { }\n");

        yield return ("ATLAS1008", "context lacks the type",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<[|List<Widget>|]> GetAsync(string id);", "[AtlasClient(JsonContext = typeof(WidgetContext))]")
                + "internal sealed class Widget { public string? Name { get; set; } }\n[JsonSerializable(typeof(Widget))]\ninternal sealed partial class WidgetContext : JsonSerializerContext { }\n",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<List<Widget>> GetAsync(string id);", "[AtlasClient(JsonContext = typeof(WidgetContext))]")
                + "internal sealed class Widget { public string? Name { get; set; } }\n[JsonSerializable(typeof(List<Widget>))]\ninternal sealed partial class WidgetContext : JsonSerializerContext { }\n");

        const string Widget = "internal sealed class Widget { public string? Name { get; set; } }\n";
        const string WidgetContextAttribute = "[AtlasClient(JsonContext = typeof(WidgetContext))]";

        yield return ("ATLAS1008", "request body",
            Client("[Post(\"/a\", Version = \"2024-11-13\")] Task CreateAsync([Body] [|Widget|] widget);") + Widget,
            Client("[Post(\"/a\", Version = \"2024-11-13\")] Task CreateAsync([Body] Widget widget);", WidgetContextAttribute)
                + Widget + "[JsonSerializable(typeof(Widget))]\ninternal sealed partial class WidgetContext : JsonSerializerContext { }\n");

        yield return ("ATLAS1008", "pages of a type whose page the context lacks",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] IAsyncEnumerable<[|Widget|]> ListAsync();", WidgetContextAttribute)
                + Widget + "[JsonSerializable(typeof(Widget))]\ninternal sealed partial class WidgetContext : JsonSerializerContext { }\n",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] IAsyncEnumerable<Widget> ListAsync();", WidgetContextAttribute)
                + Widget + "[JsonSerializable(typeof(AtlasPage<Widget>))]\ninternal sealed partial class WidgetContext : JsonSerializerContext { }\n");

        yield return ("ATLAS1008", "answer of an AtlasResponse",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<AtlasResponse<[|Widget|]>> GetAsync();") + Widget,
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<AtlasResponse<Widget>> GetAsync();", WidgetContextAttribute)
                + Widget + "[JsonSerializable(typeof(Widget))]\ninternal sealed partial class WidgetContext : JsonSerializerContext { }\n");

        yield return ("ATLAS1009", "method named like the client",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> [|FlexClient|](string id);"),
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> FlexClientAsync(string id);"));

        yield return ("ATLAS1009", "same signature from two interfaces",
            Preamble + "internal interface IA { [Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id); }\n"
                + "internal interface IB { [Get(\"/b/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> [|GetAsync|](string id); }\n"
                + "[AtlasClient] internal partial interface IFlex : IA, IB { }\n",
            Preamble + "internal interface IA { [Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAAsync(string id); }\n"
                + "internal interface IB { [Get(\"/b/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetBAsync(string id); }\n"
                + "[AtlasClient] internal partial interface IFlex : IA, IB { }\n");

        yield return ("ATLAS1009", "same signature as the second of two overloads",
            Preamble + "internal interface IA { [Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);\n"
                + "  [Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(long id); }\n"
                + "internal interface IB { [Get(\"/b/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> [|GetAsync|](long id); }\n"
                + "[AtlasClient] internal partial interface IFlex : IA, IB { }\n",
            Preamble + "internal interface IA { [Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);\n"
                + "  [Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(long id); }\n"
                + "internal interface IB { [Get(\"/b/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(int id); }\n"
                + "[AtlasClient] internal partial interface IFlex : IA, IB { }\n");

        yield return ("ATLAS1009", "hides an object member",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> [|GetHashCode|]();"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetHashCodeAsync();"));

        yield return ("ATLAS1009", "client name taken by a type",
            Client(Get + Method).Replace("interface IFlex", "interface [|IFlex|]", StringComparison.Ordinal) + "internal sealed class FlexClient { }\n",
            Client(Get + Method) + "internal sealed partial class FlexClient { public int Extra => 1; }\n");

        yield return ("ATLAS1010", "no HTTP attribute",
            Client("Task<FlexBackupSnapshot> [|GetAsync|](string id);"),
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);"));

        yield return ("ATLAS1010", "two HTTP attributes",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")][Delete(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> [|GetAsync|](string id);"),
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id); Task<FlexBackupSnapshot> DefaultAsync() => GetAsync(\"x\");"));

        yield return ("ATLAS1010", "a request attribute of the user's own, named like Atlas.Client's",
            Client("[Custom.Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> [|GetAsync|](string id);")
                + "internal static class Custom { internal sealed class GetAttribute : AtlasRequestAttribute { public GetAttribute(string route) : base(\"GET\", route) { } } }\n",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);")
                + "internal static class Custom { internal sealed class GetAttribute : AtlasRequestAttribute { public GetAttribute(string route) : base(\"GET\", route) { } } }\n");

        yield return ("ATLAS1011", "property",
            Client(Get + Method + "\nstring [|Name|] { get; set; }"),
            Client(Get + Method + "\nstring Name => \"fixed\";"));

        yield return ("ATLAS1011", "event",
            Client(Get + Method + "\nevent EventHandler [|Changed|];"),
            Client(Get + Method));

        yield return ("ATLAS1011", "indexer",
            Client(Get + Method + "\nint [|this|][int index] { get; }"),
            Client(Get + Method));

        yield return ("ATLAS1012", "route type",
            Client("[Get(\"/a/{at}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(DateTime [|at|]);"),
            Client("[Get(\"/a/{at}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(long at);"));

        yield return ("ATLAS1013", "query type",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(int[] [|ids|]);"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(int? ids);"));

        yield return ("ATLAS1014", "ref parameter",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(in string [|id|]);"),
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);"));

        yield return ("ATLAS1014", "two cancellation tokens",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(CancellationToken first, CancellationToken [|second|]);"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(CancellationToken first);"));

        yield return ("ATLAS1014", "route parameter with [Query]",
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync([Query] string [|id|]);"),
            Client("[Get(\"/a/{id}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(string id);"));

        yield return ("ATLAS1015", "generic interface",
            Client(Get + Method).Replace("interface IFlex", "interface [|IFlex|]<T>", StringComparison.Ordinal),
            Client(Get + Method));

        yield return ("ATLAS1015", "nested in a non-partial class",
            Preamble + "internal static class Outer\n{\n[AtlasClient] internal partial interface [|IFlex|] { " + Get + Method + " }\n}\n",
            Preamble + "internal static partial class Outer\n{\n[AtlasClient] internal partial interface IFlex { " + Get + Method + " }\n}\n");

        yield return ("ATLAS1016", "context is not a JsonSerializerContext",
            Client(Get + Method, "[[|AtlasClient(JsonContext = typeof(string))|]]"),
            Client(Get + Method, "[AtlasClient(JsonContext = typeof(EmptyContext))]")
                + "[JsonSerializable(typeof(int))]\ninternal sealed partial class EmptyContext : JsonSerializerContext { }\n");

        yield return ("ATLAS1017", "empty query name",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync([Query(\"\")] int? [|page|]);"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync([Query(\"pageNum\")] int? page);"));

        yield return ("ATLAS1017", "duplicate query name",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(int? pageNum, [Query(\"pageNum\")] int? [|page|]);"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> GetAsync(int? pageNum, [Query(\"itemsPerPage\")] int? page);"));

        const string Restore = "FlexBackupRestoreJobCreate";
        yield return ("ATLAS1019", "body on a GET",
            Client($"[Get(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupRestoreJob> GetAsync([Body] {Restore} [|job|]);"),
            Client($"[Post(\"/a\", Version = \"2024-11-13\")] Task<FlexBackupRestoreJob> GetAsync([Body] {Restore} job);"));

        yield return ("ATLAS1019", "body on a DELETE",
            Client($"[Delete(\"/a\", Version = \"2024-11-13\")] Task DeleteAsync([Body] {Restore} [|job|]);"),
            Client("[Delete(\"/a\", Version = \"2024-11-13\")] Task DeleteAsync();"));

        yield return ("ATLAS1019", "two bodies",
            Client($"[Put(\"/a\", Version = \"2024-11-13\")] Task PutAsync([Body] {Restore} job, [Body] FlexBackupSnapshotDownloadCreate [|download|]);"),
            Client($"[Put(\"/a\", Version = \"2024-11-13\")] Task PutAsync([Body] {Restore} job);"));

        yield return ("ATLAS1019", "body and query",
            Client($"[Patch(\"/a\", Version = \"2024-11-13\")] Task PatchAsync([Body, Query] {Restore} [|job|]);"),
            Client($"[Patch(\"/a\", Version = \"2024-11-13\")] Task PatchAsync([Body] {Restore} job);"));

        yield return ("ATLAS1019", "body that fills a placeholder",
            Client($"[Post(\"/a/{{job}}\", Version = \"2024-11-13\")] Task PostAsync([Body] string [|job|]);"),
            Client($"[Post(\"/a/{{id}}\", Version = \"2024-11-13\")] Task PostAsync(string id, [Body] {Restore} job);"));

        yield return ("ATLAS1020", "paged POST",
            Client("[[|Post(\"/a\", Version = \"2024-11-13\")|]] IAsyncEnumerable<FlexBackupSnapshot> ListAsync();"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] IAsyncEnumerable<FlexBackupSnapshot> ListAsync();"));

        yield return ("ATLAS1020", "page number that is not an int",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] IAsyncEnumerable<FlexBackupSnapshot> ListAsync(long? [|pageNum|]);"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] IAsyncEnumerable<FlexBackupSnapshot> ListAsync(int? pageNum);"));

        yield return ("ATLAS1020", "renamed page size that is not an int",
            Client("[Get(\"/a\", Version = \"2024-11-13\")] IAsyncEnumerable<FlexBackupSnapshot> ListAsync([Query(\"itemsPerPage\")] string? [|size|]);"),
            Client("[Get(\"/a\", Version = \"2024-11-13\")] IAsyncEnumerable<FlexBackupSnapshot> ListAsync([Query(\"itemsPerPage\")] int size = 50);"));
    }
}
