using System.Text;

namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>
/// The source a user of each generator writes for the same API surface: N interfaces × M methods, one interface per
/// file, plus one file unrelated to any client (the target of the "unrelated edit"). Both dialects describe exactly the
/// same endpoints (same routes, versions, parameters, return types); only the attributes differ.
/// </summary>
internal static class SyntheticInterfaces
{
    public const string UnrelatedFile = "Unrelated.cs";

    /// <summary>The route suffix the one-interface edit appends, so the edited output can be recognised.</summary>
    public const string EditedRouteMarker = "/edited";

    public sealed record SourceFile(string Path, string Text);

    public static IReadOnlyList<SourceFile> Create(Dialect dialect, int interfaces, int methodsPerInterface)
    {
        var files = new List<SourceFile>(interfaces + 1) { Unrelated(edited: false) };
        for (var i = 0; i < interfaces; i++)
        {
            files.Add(Interface(dialect, i, methodsPerInterface, edited: false));
        }

        return files;
    }

    public static string InterfaceFileName(int index) => $"Apis/IResource{index:D4}Api.cs";

    /// <summary>The unrelated file: a method body whose constant the edit changes (as typing in any other file would).</summary>
    public static SourceFile Unrelated(bool edited)
        => new(UnrelatedFile, $$"""
            namespace Bench.Unrelated;

            internal static class Arithmetic
            {
                public static int Answer() => {{(edited ? 43 : 42)}};
            }
            """);

    /// <summary>One interface; the edited form appends <see cref="EditedRouteMarker"/> to its first method's route.</summary>
    public static SourceFile Interface(Dialect dialect, int index, int methods, bool edited)
    {
        var text = new StringBuilder();
        var name = $"IResource{index:D4}Api";
        text.AppendLine("using System.Threading;");
        text.AppendLine("using System.Threading.Tasks;");
        text.AppendLine(dialect == Dialect.Refit ? "using Refit;" : "using Atlas.Client;");
        text.AppendLine();
        text.AppendLine("namespace Bench.Apis;");
        text.AppendLine();
        text.AppendLine(dialect == Dialect.Refit ? $"public interface {name}" : $"[AtlasClient]\npublic partial interface {name}");
        text.AppendLine("{");
        for (var m = 0; m < methods; m++)
        {
            var route = $"/api/atlas/v2/groups/{{groupId}}/resource{index:D4}/things{m}/{{thingId}}";
            if (edited && m == 0)
            {
                route += EditedRouteMarker;
            }

            AppendMethod(text, dialect, m, route);
        }

        text.AppendLine("}");
        return new SourceFile(InterfaceFileName(index), text.ToString());
    }

    // Three shapes, cycled: a GET with an optional query, a GET with two optional queries, a DELETE without a body.
    private static void AppendMethod(StringBuilder text, Dialect dialect, int m, string route)
    {
        const string Model = "global::Atlas.Client.FlexBackupSnapshot";
        var query = dialect == Dialect.Refit ? "[Query] " : string.Empty;
        var (verb, version, returns, extra) = (m % 3) switch
        {
            0 => ("Get", "2024-11-13", $"Task<{Model}>", $"{query}bool? envelope = null, "),
            1 => ("Get", "2024-11-13", $"Task<{Model}>", $"{query}bool? envelope = null, {query}bool? pretty = null, "),
            _ => ("Delete", "2024-11-13", "Task", string.Empty),
        };

        if (dialect == Dialect.Refit)
        {
            text.AppendLine($"    [{verb}(\"{route}\")]");
            text.AppendLine($"    [Headers(\"Accept: application/vnd.atlas.{version}+json\")]");
        }
        else
        {
            text.AppendLine($"    [{verb}(\"{route}\", Version = \"{version}\")]");
        }

        text.AppendLine($"    {returns} {verb}Thing{m}Async(string groupId, string thingId, {extra}CancellationToken cancellationToken = default);");
        text.AppendLine();
    }
}
