using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Atlas.Client.Testing;

/// <summary>
/// The server side of HTTP Digest as Atlas runs it: the exact challenge
/// <c>Digest realm="MMS Public API", domain="", nonce="…", algorithm=MD5, qop="auth", stale=false</c>, nonces that go
/// stale after <see cref="AtlasSimulatorOptions.NonceLifetime"/>, and a refusal of any <c>nc</c> already used with a
/// nonce (or, per <see cref="AtlasSimulatorOptions.NonceCountCheck"/>, one not above the highest used, or not exactly the
/// next). Written independently of the client's Digest code, so that the two check each other.
/// </summary>
internal sealed partial class DigestServer
{
    public const string Realm = "MMS Public API";

    private readonly ConcurrentDictionary<string, IssuedNonce> _nonces = new(StringComparer.Ordinal);
    private readonly AtlasSimulatorOptions _options;
    private readonly SimulatorClock _clock;

    public DigestServer(AtlasSimulatorOptions options, SimulatorClock clock)
    {
        _options = options;
        _clock = clock;
    }

    public enum Verdict
    {
        Accepted,
        Stale,
        Refused,
    }

    /// <summary>A new challenge, as the value of <c>WWW-Authenticate</c>.</summary>
    public string Challenge(bool stale)
    {
        var now = _clock.GetUtcNow();
        Prune(now);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        _nonces[nonce] = new IssuedNonce(now);
        return $"Digest realm=\"{Realm}\", domain=\"\", nonce=\"{nonce}\", algorithm=MD5, qop=\"auth\", stale={(stale ? "true" : "false")}";
    }

    /// <summary>Checks the parameters of an <c>Authorization: Digest …</c> header for a request to <paramref name="requestTarget"/>.</summary>
    public Verdict Verify(string method, string requestTarget, string parameters, out string? user)
    {
        var fields = Parse(parameters);
        user = Field(fields, "username");
        var nonce = Field(fields, "nonce");
        if (user is null || nonce is null
            || Field(fields, "realm") != Realm
            || Field(fields, "uri") != requestTarget
            || !string.Equals(Field(fields, "algorithm") ?? "MD5", "MD5", StringComparison.OrdinalIgnoreCase)
            || Field(fields, "qop") != "auth"
            || Field(fields, "nc") is not { Length: 8 } nc
            || Field(fields, "cnonce") is not { Length: > 0 } cnonce
            || Field(fields, "response") is not { } response
            || !_options.ApiKeys.TryGetValue(user, out var password)
            || !_nonces.TryGetValue(nonce, out var issued))
        {
            return Verdict.Refused;
        }

        var ha1 = Md5(user + ":" + Realm + ":" + password);
        var ha2 = Md5(method + ":" + requestTarget);
        var expected = Md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(response)))
        {
            return Verdict.Refused;
        }

        // The right answer to an old nonce: the client knows the key and only needs a new nonce (RFC 7616 §3.3 stale).
        if (_clock.GetUtcNow() - issued.IssuedAt > _options.NonceLifetime)
        {
            return Verdict.Stale;
        }

        return issued.TryUse(nc, _options.NonceCountCheck) ? Verdict.Accepted : Verdict.Refused;
    }

    public void ForgetNonces() => _nonces.Clear();

    private void Prune(DateTimeOffset now)
    {
        // Nonces are kept twice their lifetime, long enough to answer "stale" rather than "unknown".
        foreach (var entry in _nonces)
        {
            if (now - entry.Value.IssuedAt > _options.NonceLifetime + _options.NonceLifetime)
            {
                _nonces.TryRemove(entry.Key, out _);
            }
        }
    }

    private static string Md5(string text) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string? Field(Dictionary<string, string> fields, string name) => fields.TryGetValue(name, out var value) ? value : null;

    private static Dictionary<string, string> Parse(string parameters)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in AuthParameter().Matches(parameters))
        {
            var value = match.Groups["quoted"].Success
                ? match.Groups["quoted"].Value.Replace("\\\"", "\"").Replace("\\\\", "\\")
                : match.Groups["token"].Value;
            fields.TryAdd(match.Groups["name"].Value, value);
        }

        return fields;
    }

    [GeneratedRegex("""(?<name>[A-Za-z0-9_-]+)\s*=\s*(?:"(?<quoted>(?:[^"\\]|\\.)*)"|(?<token>[^,\s]*))""")]
    private static partial Regex AuthParameter();

    private sealed class IssuedNonce
    {
        private readonly HashSet<long> _usedCounts = new();
        private long _highest;

        public IssuedNonce(DateTimeOffset issuedAt) => IssuedAt = issuedAt;

        public DateTimeOffset IssuedAt { get; }

        /// <summary>Records a use of the nonce with the hexadecimal count <paramref name="nonceCount"/>, if the check allows it.</summary>
        public bool TryUse(string nonceCount, DigestNonceCountCheck check)
        {
            if (!long.TryParse(nonceCount, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                return false;
            }

            lock (_usedCounts)
            {
                var allowed = check switch
                {
                    DigestNonceCountCheck.Increasing => count > _highest,
                    DigestNonceCountCheck.Sequential => count == _highest + 1,
                    _ => !_usedCounts.Contains(count),
                };
                if (!allowed)
                {
                    return false;
                }

                _highest = Math.Max(_highest, count);
                if (check == DigestNonceCountCheck.Unique)
                {
                    _usedCounts.Add(count);
                }

                return true;
            }
        }
    }
}
