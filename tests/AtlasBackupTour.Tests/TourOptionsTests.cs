using Xunit;

namespace AtlasBackupTour.Tests;

public class TourOptionsTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void No_arguments_means_the_embedded_simulator()
    {
        var options = TourOptions.Parse([], NoEnvironment);

        Assert.True(options.UsesSimulator);
        Assert.False(options.ShowHelp);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_recognised(string flag) => Assert.True(TourOptions.Parse([flag], NoEnvironment).ShowHelp);

    [Fact]
    public void Help_text_explains_options_variables_and_exit_codes()
    {
        foreach (var expected in new[] { "--base-url", "ATLAS_CLIENT_SECRET", "--public-key", "Exit codes", "4  Atlas could not be reached" })
        {
            Assert.Contains(expected, TourOptions.HelpText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Real_atlas_takes_options_and_both_forms_of_values()
    {
        var options = TourOptions.Parse(
            ["--base-url=https://cloud.mongodb.com", "--group-id", "5e2211c17a3e5a48f5497de3", "--flex-cluster", "flex-1", "--client-id", "id", "--client-secret", "s3cr3t-value"],
            NoEnvironment);

        Assert.False(options.UsesSimulator);
        Assert.Equal(new Uri("https://cloud.mongodb.com"), options.BaseUrl);
        Assert.Equal("flex-1", options.FlexCluster);
        Assert.Equal("s3cr3t-value", options.ClientSecret);
    }

    [Fact]
    public void Environment_variables_fill_in_and_options_win()
    {
        var environment = new Dictionary<string, string>
        {
            ["ATLAS_BASE_URL"] = "https://cloud.mongodb.com",
            ["ATLAS_GROUP_ID"] = "5e2211c17a3e5a48f5497de3",
            ["ATLAS_FLEX_CLUSTER"] = "from-environment",
            ["ATLAS_PUBLIC_KEY"] = "pub",
            ["ATLAS_PRIVATE_KEY"] = "priv-from-env",
        };

        var options = TourOptions.Parse(["--flex-cluster", "from-option"], name => environment.GetValueOrDefault(name));

        Assert.Equal("from-option", options.FlexCluster);
        Assert.Equal("5e2211c17a3e5a48f5497de3", options.GroupId);
        Assert.Equal("priv-from-env", options.PrivateKey);
    }

    [Theory]
    [InlineData("unknown option '--nope'", "--nope")]
    [InlineData("option '--group-id' needs a value", "--group-id")]
    [InlineData("option '--snapshot-id' is given twice", "--snapshot-id", "a", "--snapshot-id", "b")]
    [InlineData("--base-url must be an absolute http(s) address", "--base-url", "ftp://example.com")]
    [InlineData("--base-url needs credentials", "--base-url", "https://cloud.mongodb.com", "--group-id", "g", "--flex-cluster", "f")]
    [InlineData("--base-url needs --group-id and --flex-cluster", "--base-url", "https://cloud.mongodb.com", "--public-key", "p", "--private-key", "k")]
    [InlineData("needs both --client-id and --client-secret", "--client-id", "only-the-id")]
    [InlineData("needs both --public-key and --private-key", "--private-key", "only-the-key")]
    [InlineData("either a service account or an API key, not both", "--base-url", "https://x.test", "--client-id", "i", "--client-secret", "s", "--public-key", "p", "--private-key", "k")]
    [InlineData("are for real Atlas: add --base-url", "--group-id", "5e2211c17a3e5a48f5497de3")]
    [InlineData("--tenant-snapshot-id needs --tenant-cluster", "--base-url", "https://x.test", "--public-key", "p", "--private-key", "k", "--group-id", "g", "--flex-cluster", "f", "--tenant-snapshot-id", "t")]
    public void Mistakes_are_named(string expected, params string[] args)
    {
        var error = Assert.Throws<TourUsageException>(() => TourOptions.Parse(args, NoEnvironment));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_never_shows_a_secret()
    {
        var options = TourOptions.Parse(
            ["--base-url", "https://x.test", "--group-id", "g", "--flex-cluster", "f", "--public-key", "pub", "--private-key", "very-private-key"],
            NoEnvironment);

        Assert.DoesNotContain("very-private-key", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("pub", options.ToString(), StringComparison.Ordinal);
    }
}
