using Xunit;

namespace Atlas.Client.CodeFixes.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.Equal("Atlas.Client", typeof(global::Atlas.Client.AtlasClientAttribute).Namespace);
}
