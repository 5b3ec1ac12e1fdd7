namespace Atlas.Client.Reliability.Tests.Infrastructure;

/// <summary>The credentials every run-time part authenticates with; the secret sweep looks for each of them everywhere.</summary>
internal static class TestSecrets
{
    public const string PublicKey = "rel-pub-4711";
    public const string PrivateKey = "rel-PRIVATE-KEY-0b7e2c5a-must-not-leak";
    public const string ClientId = "mdb_sa_id_rel0000000000000001";
    public const string ClientSecret = "mdb_sa_sk_REL-SECRET-6d1f9e3b-must-not-leak";

    /// <summary>The access token the scripted loopback server hands out (the simulator makes up its own).</summary>
    public const string LoopbackAccessToken = "rel-loopback-ACCESS-TOKEN-8c2a4e6f-must-not-leak";

    public static IReadOnlyList<string> All { get; } = [PrivateKey, ClientSecret, LoopbackAccessToken];
}
