using System;
using System.Collections.Generic;
using System.Net.Http.Headers;

namespace Atlas.Client;

/// <summary>
/// One <c>WWW-Authenticate: Digest …</c> challenge (RFC 7616 §3.3), e.g. Atlas's
/// <c>Digest realm="MMS Public API", domain="", nonce="…", algorithm=MD5, qop="auth", stale=false</c>.
/// </summary>
internal sealed class DigestChallenge
{
    private DigestChallenge(string realm, string nonce, string? opaque, string algorithm, bool useQopAuth, bool offersOnlyUnsupportedQop, bool stale)
    {
        Realm = realm;
        Nonce = nonce;
        Opaque = opaque;
        Algorithm = algorithm;
        UseQopAuth = useQopAuth;
        OffersOnlyUnsupportedQop = offersOnlyUnsupportedQop;
        Stale = stale;
    }

    public string Realm { get; }

    public string Nonce { get; }

    public string? Opaque { get; }

    /// <summary>The algorithm as the server spelled it (<c>MD5</c> when it named none).</summary>
    public string Algorithm { get; }

    /// <summary>Whether the server offered <c>qop=auth</c>; when it offered no qop at all the RFC 2069 form is used.</summary>
    public bool UseQopAuth { get; }

    /// <summary>The server offered qop values, none of them <c>auth</c> (e.g. only <c>auth-int</c>).</summary>
    public bool OffersOnlyUnsupportedQop { get; }

    /// <summary>The previous nonce was too old but the credentials were right: retry with this one.</summary>
    public bool Stale { get; }

    public bool IsSupported => DigestHash.IsSupported(Algorithm) && !OffersOnlyUnsupportedQop;

    /// <summary>
    /// The best Digest challenge among the response's challenges (a supported one first, SHA-256 over MD5), or
    /// <see langword="null"/> when there is none.
    /// </summary>
    public static DigestChallenge? Find(HttpHeaderValueCollection<AuthenticationHeaderValue> challenges)
    {
        DigestChallenge? best = null;
        foreach (var challenge in challenges)
        {
            if (!string.Equals(challenge.Scheme, "Digest", StringComparison.OrdinalIgnoreCase) || challenge.Parameter is null)
            {
                continue;
            }

            var parsed = TryParse(challenge.Parameter);
            if (parsed is not null && (best is null || Rank(parsed) > Rank(best)))
            {
                best = parsed;
            }
        }

        return best;
    }

    /// <summary>Parses the auth-param list after the scheme; <see langword="null"/> when realm or nonce is missing.</summary>
    public static DigestChallenge? TryParse(string parameters)
    {
        var values = AuthParameters.Parse(parameters);
        if (!values.TryGetValue("realm", out var realm) || !values.TryGetValue("nonce", out var nonce) || nonce.Length == 0)
        {
            return null;
        }

        values.TryGetValue("opaque", out var opaque);
        var algorithm = values.TryGetValue("algorithm", out var a) && a.Length > 0 ? a : "MD5";
        var useQopAuth = false;
        var offersQop = false;
        if (values.TryGetValue("qop", out var qop))
        {
            foreach (var option in qop.Split(','))
            {
                offersQop |= option.Trim().Length > 0;
                useQopAuth |= string.Equals(option.Trim(), "auth", StringComparison.OrdinalIgnoreCase);
            }
        }

        var stale = values.TryGetValue("stale", out var s) && string.Equals(s, "true", StringComparison.OrdinalIgnoreCase);
        return new DigestChallenge(realm, nonce, opaque, algorithm, useQopAuth, offersQop && !useQopAuth, stale);
    }

    private static int Rank(DigestChallenge challenge)
        => !challenge.IsSupported ? 0 : challenge.Algorithm.StartsWith("SHA-256", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
}

/// <summary>The <c>name=token</c> / <c>name="quoted string"</c> list of an HTTP authentication header (RFC 7235 §2.1).</summary>
internal static class AuthParameters
{
    public static Dictionary<string, string> Parse(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i])))
            {
                i++;
            }

            var nameStart = i;
            while (i < text.Length && text[i] != '=' && text[i] != ',' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var name = text.Substring(nameStart, i - nameStart);
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] != '=')
            {
                continue; // a bare token (no value) carries nothing Digest uses
            }

            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            string value;
            if (i < text.Length && text[i] == '"')
            {
                var builder = new System.Text.StringBuilder();
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    builder.Append(text[i]);
                    i++;
                }

                i++; // the closing quote
                value = builder.ToString();
            }
            else
            {
                var valueStart = i;
                while (i < text.Length && text[i] != ',' && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                value = text.Substring(valueStart, i - valueStart);
            }

            if (name.Length > 0 && !result.ContainsKey(name))
            {
                result[name] = value;
            }
        }

        return result;
    }
}
