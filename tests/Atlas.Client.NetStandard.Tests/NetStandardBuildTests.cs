using Atlas.Client.Tests.Infrastructure;
using Xunit;

namespace Atlas.Client.Tests;

/// <summary>The tests of this project run against the runtime library's netstandard2.0 build, not its net8.0 one.</summary>
public sealed class NetStandardBuildTests
{
    [Fact]
    public void TheLibraryUnderTestIsTheNetStandardBuild() => Assert.Equal(".NETStandard,Version=v2.0", LibraryBuild.FrameworkName);
}
