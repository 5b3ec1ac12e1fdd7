using System.Text;
using System.Text.RegularExpressions;
using Atlas.Client.CodeFixes.Tests.Corpus;
using Atlas.Client.Package.Tests;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.CodeFixes.Tests.OutOfProcess;

/// <summary>
/// The corpus run out of process, the way a team migrates from the command line: shapes written out as real projects
/// (SDK-style, net10.0, implicit usings, XML docs on, the package's projects as references and analyzers) in one
/// solution under artifacts/, built in Debug and Release, migrated by the SDK's own <c>dotnet format analyzers</c> with
/// every ID the package fixes, built again in both configurations. No build may have a problem the one before the fix
/// did not have, and every shape must end as its reviewed snapshot: the same text the in-process runs reach.
/// </summary>
public partial class DotnetFormatCorpusTests(ITestOutputHelper output)
{
    /// <summary>Shapes that together exercise every mechanism: same-file callers, generated clients, #if in both
    /// configurations, a multi-project solution, restore bodies, a JSON context, aliases, docs, spec fixes, declines.</summary>
    private static readonly string[] Shapes =
    [
        "SameFileCaller", "SameFileGeneratedClient", "IfDebugCallers", "IfAroundMethods", "LibAppTestsSolution", "RestoreJobs",
        "JsonContextOfTheTeam", "AliasAndGlobalUsings", "NameofCrefAndDocs", "SpecVersionAndPathFixes", "PackageTenantClient",
        "RouteConstant",
    ];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    [Fact]
    public void Dotnet_format_migrates_the_corpus_and_every_build_keeps_its_problems()
    {
        var root = RepositoryRoot();
        var folder = Path.Combine(root, "artifacts", "dotnet-format-corpus");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var shapes = Shapes.Select(CorpusShape.Load).ToList();
        var projects = new List<string>();
        foreach (var shape in shapes)
        {
            projects.AddRange(WriteShape(shape, folder));
        }

        var solution = Path.Combine(folder, "Corpus.sln");
        DotNetCli.DotNet("new sln --format sln --name Corpus", folder, Timeout).EnsureSuccess("dotnet new sln");
        DotNetCli.DotNet("sln Corpus.sln add " + string.Join(' ', projects.Select(p => Path.GetRelativePath(folder, p))), folder, Timeout).EnsureSuccess("dotnet sln add");

        var before = Build(folder, solution);
        var ids = string.Join(' ', FixDriver.FixableIds.Order(StringComparer.Ordinal));
        var format = DotNetCli.DotNet($"format analyzers Corpus.sln --diagnostics {ids} --severity info --include ./", folder, Timeout);
        output.WriteLine(format.Output);
        Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);
        var after = Build(folder, solution);

        var added = new List<string>();
        foreach (var (key, lines) in after)
        {
            if (lines.Count > (before.TryGetValue(key, out var had) ? had.Count : 0))
            {
                added.AddRange(lines);
            }
        }

        Assert.True(added.Count == 0, "after dotnet format the builds have new problems:\n" + string.Join('\n', added.Take(30)));

        var differences = new List<string>();
        foreach (var shape in shapes)
        {
            var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var project in shape.Projects)
            {
                foreach (var (path, _) in project.Documents)
                {
                    texts[project.Name + "/" + path] = File.ReadAllText(Path.Combine(folder, shape.Name, project.Name, path)).ReplaceLineEndings("\n");
                }
            }

            var expected = Path.Combine(shape.AfterFolder);
            foreach (var (path, text) in texts)
            {
                var snapshot = File.ReadAllText(Path.Combine(expected, path)).ReplaceLineEndings("\n");
                if (snapshot != text)
                {
                    differences.Add($"{shape.Name}/{path}:\n{CorpusSnapshot.Diff(snapshot, text)}");
                }
            }
        }

        Assert.True(differences.Count == 0, "dotnet format did not reach the snapshots:\n" + string.Join('\n', differences));
    }

    /// <summary>Writes one project a folder of the shape, each referencing the ones before it; returns the project files.</summary>
    private static IEnumerable<string> WriteShape(CorpusShape shape, string folder)
    {
        var written = new List<string>();
        foreach (var project in shape.Projects)
        {
            var directory = Path.Combine(folder, shape.Name, project.Name);
            foreach (var (path, text) in project.Documents)
            {
                var file = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            var exe = project.Documents.Any(d => CSharpSyntaxTree.ParseText(d.Text).GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any());
            var references = new StringBuilder();
            foreach (var earlier in written)
            {
                references.Append($"    <ProjectReference Include=\"{Path.GetRelativePath(directory, earlier)}\" />\n");
            }

            var projectFile = Path.Combine(directory, $"{shape.Name}.{project.Name}.csproj");
            File.WriteAllText(projectFile, $$"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>{{(exe ? "Exe" : "Library")}}</OutputType>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <NoWarn>$(NoWarn);CS1591</NoWarn>
                    <IsPackable>false</IsPackable>
                    <AtlasAllowWarnings>true</AtlasAllowWarnings>
                    <AtlasApiReferenceDate>{{CorpusSolution.ReferenceDate}}</AtlasApiReferenceDate>
                  </PropertyGroup>
                  <ItemGroup>
                    <CompilerVisibleProperty Include="AtlasApiReferenceDate" />
                    <ProjectReference Include="$(AtlasRepositoryRoot)src/Atlas.Client/Atlas.Client.csproj" />
                    <ProjectReference Include="$(AtlasRepositoryRoot)src/Atlas.Client.Generators/Atlas.Client.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="$(AtlasRepositoryRoot)src/Atlas.Client.CodeFixes/Atlas.Client.CodeFixes.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                {{references}}  </ItemGroup>
                </Project>

                """);
            written.Add(projectFile);
        }

        return written;
    }

    /// <summary>Errors and warnings of a Debug and a Release build, per configuration, ID, severity and file.</summary>
    private Dictionary<string, List<string>> Build(string folder, string solution)
    {
        var problems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var configuration in new[] { "Debug", "Release" })
        {
            var result = DotNetCli.DotNet($"build {Path.GetFileName(solution)} -c {configuration} --no-incremental -clp:NoSummary", folder, Timeout);
            foreach (var line in result.Output.Split('\n').Select(l => l.Trim()).Distinct())
            {
                var match = Problem().Match(line);
                if (match.Success && match.Groups["file"].Value.Contains("dotnet-format-corpus", StringComparison.Ordinal))
                {
                    var key = $"{configuration}|{match.Groups["id"].Value}|{match.Groups["severity"].Value}|{match.Groups["file"].Value}";
                    (problems.TryGetValue(key, out var list) ? list : problems[key] = []).Add($"[{configuration}] {line}");
                }
            }

            output.WriteLine($"{configuration} build: exit {result.ExitCode}, {problems.Count} problem kinds so far");
        }

        return problems;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(CorpusShape.ShapesFolder()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("no Generators.sln above the corpus");
    }

    [GeneratedRegex(@"^(?<file>[^(]+)\(\d+,\d+\): (?<severity>error|warning) (?<id>[A-Z]+[0-9]+):")]
    private static partial Regex Problem();
}
