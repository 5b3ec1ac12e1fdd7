using System.Text.Json;
using Xunit;

namespace Atlas.Client.Tests;

public class SmokeTests
{
    [Fact]
    public void UnknownStatusIsKept()
    {
        var s = JsonSerializer.Deserialize("{\"status\":\"ARCHIVED\",\"mongoDBVersion\":\"8.0.4\"}", AtlasJsonContext.Default.FlexBackupSnapshot)!;
        Assert.Equal("ARCHIVED", s.Status!.Value.Value);
        Assert.False(s.Status.Value.IsKnown);
        Assert.Equal("8.0.4", s.MongoDBVersion);
    }
}
