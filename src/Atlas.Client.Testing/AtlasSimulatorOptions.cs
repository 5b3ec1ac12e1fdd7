using System;
using System.Collections.Concurrent;
using System.Globalization;
using Atlas.Client.Shared;

namespace Atlas.Client.Testing;

/// <summary>
/// How an <see cref="AtlasSimulator"/> behaves. The simulator reads these options on every request, so changing them
/// while it runs (adding a key, tightening the rate limit) takes effect on the next request.
/// </summary>
public sealed class AtlasSimulatorOptions
{
    private static readonly DateTimeOffset CatalogSunset = DateTimeOffset.ParseExact(
        SunsetCatalog.Operations[0].SunsetDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private volatile SimulatorRateLimit? _rateLimit;
    private TimeSpan _tokenLifetime = TimeSpan.FromHours(1);
    private TimeSpan _nonceLifetime = TimeSpan.FromMinutes(5);
    private TimeSpan _restoreQueueTime = TimeSpan.FromSeconds(30);
    private TimeSpan _restoreRunTime = TimeSpan.FromMinutes(2);
    private int _port;
    private int _requestLogCapacity = 100_000;

    /// <summary>
    /// Whether <c>/api/atlas/</c> requests must authenticate (Digest with a key of <see cref="ApiKeys"/> or a Bearer token
    /// of a <see cref="ServiceAccounts"/> account). <see langword="true"/> by default; <see langword="false"/> is "open" mode,
    /// where the <c>Authorization</c> header is ignored.
    /// </summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>API key pairs the simulator accepts: public key → private key.</summary>
    public ConcurrentDictionary<string, string> ApiKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Service accounts the simulator accepts: client id → client secret.</summary>
    public ConcurrentDictionary<string, string> ServiceAccounts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Client ids whose secret has expired: the token endpoint answers them <c>400 invalid_grant</c> even with the right
    /// secret.
    /// </summary>
    public ConcurrentDictionary<string, bool> ExpiredServiceAccountSecrets { get; } = new(StringComparer.Ordinal);

    /// <summary>How long an access token lives (<c>expires_in</c>); one hour by default, as Atlas documents.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan TokenLifetime
    {
        get => _tokenLifetime;
        set => _tokenLifetime = Positive(value, nameof(TokenLifetime));
    }

    /// <summary>How long a Digest nonce stays fresh before the simulator calls it <c>stale=true</c>; five minutes by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan NonceLifetime
    {
        get => _nonceLifetime;
        set => _nonceLifetime = Positive(value, nameof(NonceLifetime));
    }

    /// <summary>
    /// How strictly Digest nonce counts are checked: <see cref="DigestNonceCountCheck.Unique"/> (a replayed count is
    /// refused) by default; <see cref="DigestNonceCountCheck.Increasing"/> or <see cref="DigestNonceCountCheck.Sequential"/>
    /// (Apache's <c>AuthDigestNcCheck On</c>) test a client against servers that check them strictly.
    /// </summary>
    public DigestNonceCountCheck NonceCountCheck { get; set; } = DigestNonceCountCheck.Unique;

    /// <summary>The rate limit per caller, or <see langword="null"/> (the default) for none: no 429 and no <c>RateLimit-*</c> headers.</summary>
    public SimulatorRateLimit? RateLimit
    {
        get => _rateLimit;
        set => _rateLimit = value;
    }

    /// <summary>
    /// When the tenant (M2/M5) backup endpoints stop answering: from this instant they answer <c>410 VERSION_GONE</c>,
    /// before it they answer with <c>Deprecation</c> and <c>Sunset</c> headers. Defaults to the catalog's sunset date,
    /// 2026-01-22 00:00 UTC.
    /// </summary>
    public DateTimeOffset TenantSunset { get; set; } = CatalogSunset;

    /// <summary>
    /// The date the <c>Deprecation</c> header of the tenant endpoints carries. Atlas does not publish it; the default,
    /// 2025-06-30, is the oldest spec snapshot in the project's facts that marks them deprecated.
    /// </summary>
    public DateTimeOffset TenantDeprecation { get; set; } = new(2025, 6, 30, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Whether to start with the demo data of <see cref="AtlasSimulator.SeedDemoData"/> (a group with a Flex cluster and a
    /// tenant cluster, both with snapshots). <see langword="false"/> by default: tests usually want their own data.
    /// </summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// How long a restore created through the API stays <c>QUEUED</c> on the simulator's clock before it is
    /// <c>RUNNING</c>; 30 seconds by default (a simulator choice: Atlas publishes no figure). Zero starts it at once.
    /// Applies to restores created after the change.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan RestoreQueueTime
    {
        get => _restoreQueueTime;
        set => _restoreQueueTime = NotNegative(value, nameof(RestoreQueueTime));
    }

    /// <summary>
    /// How long a restore created through the API stays <c>RUNNING</c> before it is <c>COMPLETED</c> with a
    /// <c>restoreFinishedDate</c>; two minutes by default (a simulator choice). Applies to restores created after the change.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan RestoreRunTime
    {
        get => _restoreRunTime;
        set => _restoreRunTime = NotNegative(value, nameof(RestoreRunTime));
    }

    /// <summary>The loopback port to listen on; 0 (the default) picks a free one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–65535.</exception>
    public int Port
    {
        get => _port;
        set => _port = value is >= 0 and <= 65535 ? value : throw new ArgumentOutOfRangeException(nameof(Port), "A port is 0 (any free one) to 65535.");
    }

    /// <summary>How many requests <see cref="AtlasSimulator.Requests"/> keeps (oldest dropped first); 100,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int RequestLogCapacity
    {
        get => _requestLogCapacity;
        set => _requestLogCapacity = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RequestLogCapacity), "The log keeps at least one request.");
    }

    /// <summary>Adds an API key pair the simulator accepts and returns these options.</summary>
    public AtlasSimulatorOptions AddApiKey(string publicKey, string privateKey)
    {
        ApiKeys[RequireText(publicKey, nameof(publicKey))] = RequireText(privateKey, nameof(privateKey));
        return this;
    }

    /// <summary>Adds a service account the simulator accepts and returns these options.</summary>
    public AtlasSimulatorOptions AddServiceAccount(string clientId, string clientSecret)
    {
        ServiceAccounts[RequireText(clientId, nameof(clientId))] = RequireText(clientSecret, nameof(clientSecret));
        return this;
    }

    private static TimeSpan NotNegative(TimeSpan value, string name)
        => value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, "The duration cannot be negative.");

    private static TimeSpan Positive(TimeSpan value, string name)
        => value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, "The duration must be positive.");

    private static string RequireText(string value, string name)
        => string.IsNullOrEmpty(value) ? throw new ArgumentException("The value must not be null or empty.", name) : value;
}
