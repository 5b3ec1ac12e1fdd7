namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>The pieces mutations are made of: hostile tokens, route templates, versions, types, modifiers and members.</summary>
internal static class FuzzVocabulary
{
    /// <summary>Tokens inserted between others: punctuation that unbalances, keywords that change meaning, trivia that hides.</summary>
    public static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "<", ">", "[", "]", ";", ",", ".", "?", "=", "=>", "::", "@", "*", "&", "!", "~", "#",
        "partial", "static", "abstract", "virtual", "sealed", "override", "new", "ref", "out", "in", "params", "this",
        "readonly", "unsafe", "extern", "async", "await", "default", "null", "true", "typeof", "nameof", "sizeof",
        "void", "dynamic", "object", "string", "int", "long", "Guid", "var", "record", "struct", "class", "interface",
        "delegate", "event", "operator", "implicit", "where", "notnull", "unmanaged", "global::", "file", "required",
        "scoped", "Task", "ValueTask", "Task<", "AtlasClient", "Get", "Post", "Put", "Patch", "Delete", "Query", "Body", "Version", "JsonContext",
        "AtlasResponse", "AtlasResponse<", "AtlasPage<", "IAsyncEnumerable<", "[Body]", "[Query(\"itemsPerPage\")]",
        "CancellationToken", "FlexBackupSnapshot", "BackupTenantSnapshot", "\"\"", "\"{\"", "\"}\"", "\"/a/{id}\"",
        "$\"{x}\"", "@\"\\\"", "\"\"\"", "'a'", "0", "-1", "1.5m", "0x7FFFFFFF", "1e400", "/*", "*/", "//", "///",
        "\n#if X\n", "\n#endif\n", "\n#nullable disable\n", "\n#pragma warning disable\n", "\n#line 1 \"x\"\n",
        "\n#region\n", "\n#define Y\n", "\\u0041", "\u200B", "\uFEFF", "\u202E", "é", "𝒳", "ℵ", "\0",
    ];

#pragma warning disable ATLAS0003 // fuzz inputs: the sunset tenant paths are here on purpose, for the sunset analyzers and fixes to meet
    /// <summary>Route templates: valid, broken, hostile and huge.</summary>
    public static string Template(Random random) => random.Next(12) switch
    {
        0 => string.Empty,
        1 => "/a/{id}",
        2 => HugeTemplate(random),
        3 => PlaceholderFlood(random),
        4 => "/" + string.Join("/", Enumerable.Range(0, random.Next(1, 8)).Select(_ => Pick(random, TemplateSegments))),
        5 => string.Join(Pick(random, ["/", "//", "", "\\"]), Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(random, TemplateSegments))),
        6 => "https://cloud.mongodb.com/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/snapshots/{snapshotId}",
        7 => "api/atlas/v1.0/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}",
        8 => "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}" + Pick(random, ["", "?x=1", "#f", "/", "{", "}", "{name}"]),
        9 => new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0, 0x3000)).ToArray()),
        10 => "/a/{" + Pick(random, Identifiers) + "}/{" + Pick(random, Identifiers) + "}",
        _ => "/" + Pick(random, TemplateSegments) + "/{" + Pick(random, ["id", "id:int", "*rest", "id?", "id=1", " id ", "", "{id}", "i d", "Id"]) + "}",
    };

#pragma warning restore ATLAS0003

    public static string Version(Random random) => Pick(random,
    [
        "2024-11-13", "2023-01-01", "2023-02-01", "", " ", "2024-02-30", "2024-02-29", "9999-12-31", "0001-01-01", "2024-1-1",
        "latest", "2024-11-13\n", "２０２４-１１-１３", "2024/11/13", "13-11-2024", "2024-11-13T00:00", new string('9', 5000), "\0",
    ]);

    /// <summary>Return types: supported, unsupported and exotic.</summary>
    public static string ReturnType(Random random) => Pick(random,
    [
        "Task", "Task<FlexBackupSnapshot>", "ValueTask<FlexBackupSnapshot>", "Task<FlexBackupSnapshot?>", "ValueTask", "void",
        "FlexBackupSnapshot", "Task<Task<FlexBackupSnapshot>>", "Task<int>", "Task<int?>", "Task<string>", "Task<object>",
        "Task<dynamic>", "Task<(int A, string B)>", "Task<int[,]>", "Task<int*>", "Task<delegate*<int>>", "Task<Func<int>>",
        "Task<Span<byte>>", "Task<List<Dictionary<string, FlexBackupSnapshot?>>>", "Task<AtlasPage<FlexBackupSnapshot>>",
        "Task<AtlasPage<int>>", "Task<Missing>", "Task<T>", "Task<FlexBackupSnapshot[]>", "IAsyncEnumerable<FlexBackupSnapshot>",
        "System.Threading.Tasks.Task<global::Atlas.Client.FlexBackupSnapshot>", "ref int", "Task<nint>", "Task<SnapshotStatus>",
        "Task<SnapshotStatus?>", "Task<BackupTenantSnapshot>", "Task<HttpResponseMessage>", "Task<Stream>", "Task<ApiError>",
        "Task<Nullable<Guid>>", "Task<Task>", "Task<FlexBackupSnapshot>[]", "Task<System.Text.Json.JsonElement>",
        "Task<AtlasResponse>", "ValueTask<AtlasResponse>", "Task<AtlasResponse<FlexBackupSnapshot>>", "ValueTask<AtlasResponse<FlexBackupSnapshot?>>",
        "Task<AtlasResponse<AtlasPage<FlexBackupSnapshot>>>", "Task<AtlasResponse<int>>", "Task<AtlasResponse<Missing>>", "Task<AtlasResponse<T>>",
        "AtlasResponse<FlexBackupSnapshot>", "Task<AtlasResponse<AtlasResponse>>", "IAsyncEnumerable<FlexBackupSnapshot?>", "IAsyncEnumerable<int>",
        "IAsyncEnumerable<AtlasPage<FlexBackupSnapshot>>", "IAsyncEnumerable<FlexBackupRestoreJob>", "IAsyncEnumerable<T>", "IAsyncEnumerable<Missing>",
        "IAsyncEnumerable<BackupTenantSnapshot>", "IEnumerable<FlexBackupSnapshot>", "IAsyncEnumerator<FlexBackupSnapshot>",
        "Task<IAsyncEnumerable<FlexBackupSnapshot>>", "Task<AtlasPage<FlexBackupRestoreJob?>>", "Task<AtlasPage<AtlasPage<int>>>", "Task<TenantRestore>",
    ]);

    /// <summary>Parameter types and modifiers.</summary>
    public static string ParameterType(Random random) => Pick(random,
    [
        "string", "string?", "long", "int", "int?", "Guid", "Guid?", "bool", "bool?", "double", "decimal", "DateTime",
        "DateTimeOffset?", "char", "object", "dynamic", "int[]", "List<string>", "CancellationToken", "CancellationToken?",
        "ref string", "out string", "in string", "params string[]", "this string", "scoped ReadOnlySpan<char>", "(int, int)",
        "Missing", "SnapshotStatus", "SnapshotStatus?", "nint", "byte?", "float?", "ulong", "Uri", "T", "FlexBackupSnapshot",
        "[Query] string", "[Query(\"x y\")] int?", "[Query(null)] string", "[Query(\"\")] int?", "[Body] FlexBackupSnapshot",
        "[Query(\"envelope\")] bool?", "[Query(\"pageNum\")] long", "[Query(1)] int", "[Query(\"q\", \"r\")] int",
        "[Body] FlexBackupRestoreJobCreate", "[Body] FlexBackupRestoreJobCreate?", "[Body] FlexBackupSnapshotDownloadCreate", "[Body] string",
        "[Body] int", "[Body] int?", "[Body] object", "[Body] T", "[Body] Missing", "[Body] CancellationToken", "[Body, Query] string",
        "[Body][Body] string", "[Body] ref FlexBackupRestoreJobCreate", "[Body] TenantRestore", "[Body] List<FlexBackupRestoreJobCreate>",
        "[Query(\"itemsPerPage\")] int?", "[Query(\"pageNum\")] int?", "[Query(\"itemsPerPage\")] string",
    ]);

    public static string InterfaceModifiers(Random random) => Pick(random,
    [
        "partial", "public partial", "internal partial", "interface", "public", "file partial", "private partial",
        "protected partial", "protected internal partial", "private protected partial", "static partial", "sealed partial",
        "abstract partial", "unsafe partial", "new partial", "readonly partial", "partial partial", "public internal partial",
    ]);

    /// <summary>Declarations the interface can be nested in (opening text, closing text).</summary>
    public static (string Open, string Close) Wrapper(Random random) => Pick(random,
    [
        ("internal partial class Outer\n{\n", "\n}\n"),
        ("internal static partial class Outer\n{\n", "\n}\n"),
        ("internal class Outer\n{\n", "\n}\n"),
        ("internal partial class Outer<T>\n{\n", "\n}\n"),
        ("internal partial struct Outer\n{\n", "\n}\n"),
        ("internal partial record Outer\n{\n", "\n}\n"),
        ("internal partial record struct Outer\n{\n", "\n}\n"),
        ("internal partial interface IOuter\n{\n", "\n}\n"),
        ("public partial class A\n{\nprivate partial class B\n{\n", "\n}\n}\n"),
        ("public partial class A\n{\nprotected internal partial class B<U> where U : class\n{\n", "\n}\n}\n"),
        ("namespace Inner.Deeper\n{\n", "\n}\n"),
        ("internal unsafe partial class Outer\n{\n", "\n}\n"),
        ("internal partial class Outer\n{\ninternal partial class Outer\n{\n", "\n}\n}\n"),
        ("internal partial class FlexSnapshotsClient\n{\n", "\n}\n"),
        ("internal enum E { A }\ninternal partial class Outer\n{\n", "\n}\n"),
    ]);

    /// <summary>Usings that shadow or alias what the seeds rely on.</summary>
    public static readonly string[] HostileUsings =
    [
        "using Task = System.String;", "using FlexBackupSnapshot = System.Int32;", "using Atlas = System;", "using static System.Math;",
        "global using System.Linq;", "extern alias X;", "using AtlasClient = System.ObsoleteAttribute;", "using Get = Atlas.Client.PostAttribute;",
        "using CancellationToken = System.Int32;", "using Atlas.Client.Http;", "using System.Threading.Tasks.Sources;",
        "using GetAttribute = System.ObsoleteAttribute;", "using Client = Atlas.Client;",
    ];

    /// <summary>Identifiers: ordinary, keywords, escaped, unicode, colliding with generated names.</summary>
    public static readonly string[] Identifiers =
    [
        "id", "Id", "name", "groupId", "@class", "@event", "__invoker", "__uri", "__GetAsyncOperation", "httpClient", "options",
        "cancellationToken", "FlexSnapshotsClient", "GetHashCode", "ToString", "Equals", "Finalize", "MemberwiseClone",
        "\\u0049d", "café", "𝒳", "Φλεξ", "ℵ0", "a\u0301", "x_", "_", "__", "value", "envelope", "global", "async", "await",
        "var", "nameof", "dynamic", "record", "T", "Task", "System", "Atlas", new string('n', 600),
        "__path", "__page", "__pageNum", "__itemsPerPage", "__uri2", "pageNum", "itemsPerPage", "restoreJob", "body", "response",
    ];

    /// <summary>Route segments, including the ones a template must reject.</summary>
    private static readonly string[] TemplateSegments =
    [
        "api", "atlas", "v2", "groups", "{groupId}", "{name}", "{id}", "{", "}", "{{", "}}", "{}", "..", ".", "%2F", "%zz", "?",
        "#", " ", "\t", "é", "🙂", "\uD800", "{id:int}", "{*rest}", "{id?}", "{clusterName}:pin", "{logName}.gz", "a b", "\r\n",
        "{@class}", "{\\u0069d}", "{𝒳}", "tenant", "snapshots", "backup", "flexClusters", "clusters", "restores", "download",
    ];

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string HugeTemplate(Random random)
    {
        var segments = random.Next(500, 3000);
        return "/" + string.Join("/", Enumerable.Range(0, segments).Select(i => i % 97 == 0 ? "{id}" : "s" + i));
    }

    private static string PlaceholderFlood(Random random)
        => "/" + string.Join("/", Enumerable.Range(0, random.Next(50, 400)).Select(i => "{p" + i + "}"));
}
