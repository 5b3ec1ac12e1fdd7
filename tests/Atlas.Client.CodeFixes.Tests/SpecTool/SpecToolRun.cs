using System.Text.Json.Nodes;
using Atlas.Client.SpecTool;

namespace Atlas.Client.CodeFixes.Tests.SpecTool;

/// <summary>Runs <c>dotnet atlas-spec</c> in process in a folder of its own, and edits the specs the tests give it.</summary>
internal sealed class SpecToolRun : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("atlas-spec-");

    public string Folder => _folder.FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return PathOf(name);
    }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = await SpecToolCommand.RunAsync(args, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The document with one operation marked deprecated.</summary>
    public static string Deprecate(string json, string path, string method)
        => Edit(json, document => document["paths"]![path]![method]!["deprecated"] = true);

    /// <summary>The document without one path item.</summary>
    public static string WithoutPath(string json, string path)
        => Edit(json, document => document["paths"]!.AsObject().Remove(path));

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(json)!;
        edit(document);
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
