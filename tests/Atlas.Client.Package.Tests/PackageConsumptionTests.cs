using Atlas.Client.Testing;
using Xunit;

namespace Atlas.Client.Package.Tests;

/// <summary>
/// The package as a user meets it: a fresh project restores Atlas.Client from a feed, the generator inside the package
/// writes the clients, and the program talks Digest to a simulator; then the same project is published with Native AOT.
/// </summary>
public sealed class PackageConsumptionTests : IClassFixture<PackedPackageFixture>
{
    private const string PublicKey = "consumerpub";
    private const string PrivateKey = "3f6c7c1e-consumer-private";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private readonly PackedPackageFixture _package;

    public PackageConsumptionTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void PackageCarriesRuntimeGeneratorAnalyzersAndIcon()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/netstandard2.0/Atlas.Client.dll", entries);
        Assert.Contains("lib/net8.0/Atlas.Client.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Atlas.Client.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Atlas.Client.CodeFixes.dll", entries);
        Assert.Contains("icon.png", entries);
        Assert.Contains("build/Atlas.Client.targets", entries);
        Assert.Contains("buildTransitive/Atlas.Client.targets", entries);
        Assert.Contains("README.md", entries);

        var icon = archive.GetEntry("icon.png")!;
        using var stream = icon.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, header[..4]);
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4)));
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20, 4)));
    }

    [Fact]
    public async Task FreshProjectCallsBothEndpointsThroughGeneratedClients()
    {
        var project = _package.CreateConsumerProject("consumer-jit", ConsumerTemplate);
        var build = DotNetCli.DotNet("build -c Release", project, BuildTimeout).EnsureSuccess("building the consumer");
        Assert.DoesNotContain(" error ", build.Output, StringComparison.Ordinal);
        // The analyzers travel in the package: the deliberate tenant client is reported where it is declared and called.
        Assert.Contains("warning ATLAS0001", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning ATLAS0002", build.Output, StringComparison.Ordinal);

        await using var simulator = await StartSimulatorAsync();
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "Consumer.dll");
        var run = DotNetCli.DotNet($"\"{dll}\" {Arguments(simulator)}", project, TimeSpan.FromMinutes(2)).EnsureSuccess("running the consumer");

        AssertExpectedSession(run.Output);
        Assert.All(simulator.Requests, r => Assert.Contains(r.AuthorizationScheme, new[] { null, "Digest" }));
    }

    [Fact]
    public async Task FreshProjectPublishesWithNativeAotWithoutTrimOrAotWarnings()
    {
        var project = _package.CreateConsumerProject("consumer-aot", ConsumerTemplate);
        var publish = DotNetCli.DotNet("publish -c Release -r linux-x64 -p:PublishAot=true -o out", project, BuildTimeout)
            .EnsureSuccess("publishing the consumer with Native AOT");

        var trimOrAotWarnings = publish.Output.Split('\n')
            .Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"\b(IL2\d{3}|IL3\d{3})\b"))
            .ToList();
        Assert.True(trimOrAotWarnings.Count == 0, "IL2xxx/IL3xxx warnings:\n" + string.Join('\n', trimOrAotWarnings));

        await using var simulator = await StartSimulatorAsync();
        var native = Path.Combine(project, "out", "Consumer");
        Assert.True(File.Exists(native), $"no native executable at {native}");
        var run = DotNetCli.Run(native, Arguments(simulator), project, TimeSpan.FromMinutes(2)).EnsureSuccess("running the native consumer");

        AssertExpectedSession(run.Output);
    }

    [Fact]
    public void SimulatorPackageDependsOnTheClientPackageOfTheSameVersion()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.TestingPackagePath);
        using var nuspec = new StreamReader(archive.GetEntry("Atlas.Client.Testing.nuspec")!.Open());
        var text = nuspec.ReadToEnd();

        Assert.Contains($"<dependency id=\"Atlas.Client\" version=\"{_package.Version}\"", text, StringComparison.Ordinal);
        Assert.Contains("<frameworkReference name=\"Microsoft.AspNetCore.App\"", text, StringComparison.Ordinal);
        Assert.Contains("lib/net8.0/Atlas.Client.Testing.dll", archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void BothPackagesLinkToTheRepositoryOfTheMsBuildProperty()
    {
        var repositoryUrl = typeof(PackageConsumptionTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "AtlasClientRepositoryUrl").Value;
        Assert.False(string.IsNullOrEmpty(repositoryUrl), "the test project was built without AtlasClientRepositoryUrl");

        foreach (var (path, id) in new[] { (_package.PackagePath, "Atlas.Client"), (_package.TestingPackagePath, "Atlas.Client.Testing") })
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(path);
            using var nuspec = archive.GetEntry(id + ".nuspec")!.Open();
            var metadata = System.Xml.Linq.XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal(repositoryUrl, (string?)repository.Attribute("url"));
            Assert.Equal("git", (string?)repository.Attribute("type"));
            Assert.Equal(repositoryUrl, metadata.Elements().Single(e => e.Name.LocalName == "projectUrl").Value);
        }
    }

    [Fact]
    public void FreshTestProjectRunsTheSimulatorFromItsPackage()
    {
        var project = _package.CreateConsumerProject("simulator-consumer", Path.Combine(AppContext.BaseDirectory, "SimulatorConsumer"));
        DotNetCli.DotNet("build -c Release", project, BuildTimeout).EnsureSuccess("building the simulator consumer");

        var dll = Path.Combine(project, "bin", "Release", "net10.0", "SimulatorConsumer.dll");
        var run = DotNetCli.DotNet($"\"{dll}\"", project, TimeSpan.FromMinutes(2)).EnsureSuccess("running the simulator consumer");

        // Five snapshots, two per page: pages 1, 2 and 3, each fetched once.
        Assert.Contains("walked 5 snapshots in 3 pages", run.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 15 through the package: <c>&lt;AtlasApiSpec Include="atlas-api.json" ReportRemoved="true" /&gt;</c> reaches the
    /// analyzers, so a sunset date only the project's spec has is ATLAS0101 and an operation it lacks is ATLAS0105.
    /// </summary>
    [Fact]
    public void ProjectSuppliedSpecReachesTheAnalyzersThroughThePackageTargets()
    {
        var project = _package.CreateConsumerProject("spec-consumer", Path.Combine(AppContext.BaseDirectory, "SpecConsumer"));
        var subset = Path.Combine(_package.RepositoryRoot, "src", "AtlasApiSpec", "tenant-and-flex-backup-endpoints.openapi-v2-multiversion-subset.2026-03-03.json");
        var spec = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(subset))!;
        spec["paths"]!["/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots"]!["get"]!["responses"]!["200"]!["content"]!["application/vnd.atlas.2024-11-13+json"]!["x-sunset"] = "2026-06-01";
        File.WriteAllText(Path.Combine(project, "atlas-api.json"), spec.ToJsonString());

        var build = DotNetCli.DotNet("build -c Release", project, BuildTimeout).EnsureSuccess("building the spec consumer");

        Assert.Matches(@"Clients\.cs\(10,\d+\): warning ATLAS0101: .*2024-11-13.*2026-06-01", build.Output);
        Assert.Matches(@"Clients\.cs\(13,\d+\): warning ATLAS0105: .*getGroupCluster.*gone from the spec of atlas-api\.json", build.Output);
    }

    private static string ConsumerTemplate => Path.Combine(AppContext.BaseDirectory, "Consumer");

    private static Task<AtlasSimulator> StartSimulatorAsync()
        => AtlasSimulator.StartAsync(new AtlasSimulatorOptions { SeedDemoData = true }.AddApiKey(PublicKey, PrivateKey));

    private static string Arguments(AtlasSimulator simulator)
        => string.Join(' ', simulator.BaseAddress, PublicKey, PrivateKey, AtlasSimulator.DemoGroupId,
            AtlasSimulator.DemoFlexClusterName, "6733a1f0c2b54d0a8e1f0001", AtlasSimulator.DemoTenantClusterName, "6511f2a4b3c94e1d2f3a0001");

    private static void AssertExpectedSession(string output)
    {
        // The demo data's first Flex snapshot, read through the generated Flex client …
        Assert.Contains("flex 6733a1f0c2b54d0a8e1f0001 COMPLETED 8.0.4 2025-11-03T02:03:00.0000000+00:00", output);
        // … and the sunset tenant endpoint, which the simulator's real-time clock puts past 2026-01-22.
        Assert.Contains("tenant 410 VERSION_GONE", output);
    }
}
