using Xunit;

namespace Atlas.Client.Package.Tests;

/// <summary>
/// Packs Atlas.Client once per test run, from a copy of the sources in a temporary folder: the copy keeps this pack
/// from racing the build of the solution that is running the tests (same obj/ folders), and a unique version keeps
/// NuGet's global cache from handing back a package packed by an earlier run.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public PackedPackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkRoot = Directory.CreateTempSubdirectory("atlas-package-tests-").FullName;
        Version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        FeedDirectory = Path.Combine(WorkRoot, "feed");

        var sources = Path.Combine(WorkRoot, "repo");
        CopySources(RepositoryRoot, sources);
        PackagePath = Pack(sources, "Atlas.Client");
        TestingPackagePath = Pack(sources, "Atlas.Client.Testing");
    }

    public string RepositoryRoot { get; }

    public string WorkRoot { get; }

    public string Version { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    /// <summary>The simulator's own package, packed from the same sources with the same version.</summary>
    public string TestingPackagePath { get; }

    private string Pack(string sources, string project)
    {
        DotNetCli.DotNet(
                $"pack src/{project}/{project}.csproj -c Release -o \"{FeedDirectory}\" -p:Version={Version}",
                sources, TimeSpan.FromMinutes(10))
            .EnsureSuccess("dotnet pack " + project);
        var package = Path.Combine(FeedDirectory, $"{project}.{Version}.nupkg");
        Assert.True(File.Exists(package), $"dotnet pack did not produce {package}");
        return package;
    }

    /// <summary>Writes a fresh project folder that restores Atlas.Client from the local feed.</summary>
    public string CreateConsumerProject(string name, string consumerTemplateFolder)
    {
        var directory = Path.Combine(WorkRoot, name);
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(consumerTemplateFolder))
        {
            var text = File.ReadAllText(file).Replace("$ATLAS_CLIENT_VERSION$", Version, StringComparison.Ordinal);
            var target = Path.GetFileName(file).Replace(".template", string.Empty, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory, target), text);
        }

        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="atlas-local" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    public void Dispose()
    {
        // The unique version would otherwise pile up in the global package cache run after run.
        var cached = Path.Combine(
            Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "atlas.client", Version);
        TryDelete(cached);
        TryDelete(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(cached))!, "atlas.client.testing", Version));
        TryDelete(WorkRoot);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leftovers in a temp folder are harmless; a failed clean-up must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Generators.sln above {AppContext.BaseDirectory}.");
    }

    private static void CopySources(string repositoryRoot, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in new[] { "Directory.Build.targets", "README.md", "icon.png", ".editorconfig" })
        {
            File.Copy(Path.Combine(repositoryRoot, file), Path.Combine(destination, file));
        }

        CopyDirectory(Path.Combine(repositoryRoot, "src"), Path.Combine(destination, "src"));
    }

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyDirectory(directory, Path.Combine(destination, name));
        }
    }
}
