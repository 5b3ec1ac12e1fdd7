namespace AtlasBackupTour;

/// <summary>What the tour was asked to do: parsed from the command line, then from ATLAS_* environment variables.</summary>
internal sealed class TourOptions
{
    public const string HelpText = """
        AtlasBackupTour: a tour of Atlas.Client, the compile-time generated MongoDB Atlas Administration API client.

        With no options it starts an embedded Atlas simulator on 127.0.0.1 (no credentials, no network) and shows:
          1. a Flex cluster's backup snapshots, listed as a table (listFlexBackups, resource version 2024-11-13);
          2. one snapshot fetched by id (getFlexBackup);
          3. what the legacy M2/M5 tenant call (getSharedClusterBackup, sunset 2026-01-22) does: Atlas's Deprecation and
             Sunset headers while it was deprecated, then 410 VERSION_GONE with the Flex replacement to use.

        Usage:
          dotnet run --project samples/AtlasBackupTour [-- <options>]

        Options (each has an environment variable; an option wins over its variable):
          --base-url <url>         Atlas to talk to instead of the simulator, e.g. https://cloud.mongodb.com   ATLAS_BASE_URL
          --group-id <id>          project (group) id, 24 hex digits                                          ATLAS_GROUP_ID
          --flex-cluster <name>    Flex cluster whose snapshots are listed                                    ATLAS_FLEX_CLUSTER
          --snapshot-id <id>       snapshot to fetch (default: the first one listed)                          ATLAS_SNAPSHOT_ID
          --tenant-cluster <name>  M2/M5 cluster for the legacy call (skipped against Atlas when absent)      ATLAS_TENANT_CLUSTER
          --tenant-snapshot-id <id> snapshot for the legacy call                                              ATLAS_TENANT_SNAPSHOT_ID
          --client-id <id>         service account client id (OAuth 2.0, recommended)                         ATLAS_CLIENT_ID
          --client-secret <secret> service account client secret                                              ATLAS_CLIENT_SECRET
          --public-key <key>       API key public part (HTTP Digest, legacy)                                  ATLAS_PUBLIC_KEY
          --private-key <key>      API key private part                                                       ATLAS_PRIVATE_KEY
          -h, --help               show this text

        Secrets are better passed as environment variables than as options (shell history); they are never printed.

        Exit codes:
          0  the tour ran
          1  Atlas answered with an error the tour did not expect
          2  bad options
          3  authentication failed (wrong key, secret or service account)
          4  Atlas could not be reached or did not answer in time
        """;

    public bool ShowHelp { get; private set; }

    public Uri? BaseUrl { get; private set; }

    public string? GroupId { get; private set; }

    public string? FlexCluster { get; private set; }

    public string? SnapshotId { get; private set; }

    public string? TenantCluster { get; private set; }

    public string? TenantSnapshotId { get; private set; }

    public string? ClientId { get; private set; }

    public string? ClientSecret { get; private set; }

    public string? PublicKey { get; private set; }

    public string? PrivateKey { get; private set; }

    /// <summary>True when the tour talks to the embedded simulator.</summary>
    public bool UsesSimulator => BaseUrl is null;

    /// <summary>Parses options; a mistake is a <see cref="TourUsageException"/> that says what is wrong.</summary>
    public static TourOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = new TourOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "-?")
            {
                options.ShowHelp = true;
                continue;
            }

            var name = arg;
            string? value = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }

            if (!Known.Contains(name))
            {
                throw new TourUsageException($"unknown option '{name}' (try --help)");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new TourUsageException($"option '{name}' needs a value");
                }

                value = args[++i];
            }

            if (!values.TryAdd(name, value))
            {
                throw new TourUsageException($"option '{name}' is given twice");
            }
        }

        string? Get(string option, string variable)
        {
            var text = values.TryGetValue(option, out var fromArgs) ? fromArgs : environment(variable);
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        var baseUrl = Get("--base-url", "ATLAS_BASE_URL");
        if (baseUrl is not null)
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new TourUsageException($"--base-url must be an absolute http(s) address, not '{baseUrl}'");
            }

            options.BaseUrl = uri;
        }

        options.GroupId = Get("--group-id", "ATLAS_GROUP_ID");
        options.FlexCluster = Get("--flex-cluster", "ATLAS_FLEX_CLUSTER");
        options.SnapshotId = Get("--snapshot-id", "ATLAS_SNAPSHOT_ID");
        options.TenantCluster = Get("--tenant-cluster", "ATLAS_TENANT_CLUSTER");
        options.TenantSnapshotId = Get("--tenant-snapshot-id", "ATLAS_TENANT_SNAPSHOT_ID");
        options.ClientId = Get("--client-id", "ATLAS_CLIENT_ID");
        options.ClientSecret = Get("--client-secret", "ATLAS_CLIENT_SECRET");
        options.PublicKey = Get("--public-key", "ATLAS_PUBLIC_KEY");
        options.PrivateKey = Get("--private-key", "ATLAS_PRIVATE_KEY");

        if (!options.ShowHelp)
        {
            options.Validate();
        }

        return options;
    }

    private void Validate()
    {
        if ((ClientId is null) != (ClientSecret is null))
        {
            throw new TourUsageException("a service account needs both --client-id and --client-secret");
        }

        if ((PublicKey is null) != (PrivateKey is null))
        {
            throw new TourUsageException("an API key needs both --public-key and --private-key");
        }

        if (ClientId is not null && PublicKey is not null)
        {
            throw new TourUsageException("give either a service account or an API key, not both");
        }

        if (UsesSimulator)
        {
            if (ClientId is not null || PublicKey is not null || GroupId is not null || FlexCluster is not null)
            {
                throw new TourUsageException("credentials, --group-id and --flex-cluster are for real Atlas: add --base-url");
            }

            return;
        }

        if (ClientId is null && PublicKey is null)
        {
            throw new TourUsageException("--base-url needs credentials: a service account (--client-id/--client-secret) or an API key (--public-key/--private-key)");
        }

        if (GroupId is null || FlexCluster is null)
        {
            throw new TourUsageException("--base-url needs --group-id and --flex-cluster");
        }

        if (TenantSnapshotId is not null && TenantCluster is null)
        {
            throw new TourUsageException("--tenant-snapshot-id needs --tenant-cluster");
        }
    }

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "--base-url", "--group-id", "--flex-cluster", "--snapshot-id", "--tenant-cluster", "--tenant-snapshot-id",
        "--client-id", "--client-secret", "--public-key", "--private-key",
    };

    /// <summary>Never prints a secret.</summary>
    public override string ToString()
        => $"TourOptions(BaseUrl={BaseUrl?.ToString() ?? "simulator"}, GroupId={GroupId}, FlexCluster={FlexCluster}, Auth={(ClientId is not null ? "service account " + ClientId : PublicKey is not null ? "API key " + PublicKey : "none")})";
}

/// <summary>The command line is wrong; the message says how.</summary>
internal sealed class TourUsageException(string message) : Exception(message);
