using System.Globalization;
using System.Text;
using System.Threading;

namespace Atlas.Client;

/// <summary>
/// A nonce the server handed out and the count of requests made with it (RFC 7616 <c>nc</c>). Kept in the credentials'
/// <see cref="DigestSessionPool"/>, shared by all their handlers and used by one request at a time, so every request
/// after the first answers the challenge up front: one round-trip per call instead of two, until the server declares
/// the nonce stale.
/// </summary>
internal sealed class DigestSession
{
    private readonly string _ha1;
    private long _nonceCount;

    public DigestSession(DigestChallenge challenge, string userName, string password)
    {
        Challenge = challenge;
        UserName = userName;
        _ha1 = DigestHash.Hex(challenge.Algorithm, userName + ":" + challenge.Realm + ":" + password);
    }

    public DigestChallenge Challenge { get; }

    private string UserName { get; }

    /// <summary>The <c>Authorization</c> parameter list for one request; each call uses the next <c>nc</c> and a fresh cnonce.</summary>
    public string Authorize(string method, string requestTarget) => Authorize(method, requestTarget, DigestHash.RandomHex(16));

    /// <summary>As <see cref="Authorize(string, string)"/> with a given client nonce (the RFC 7616 test vectors fix it).</summary>
    internal string Authorize(string method, string requestTarget, string cnonce)
    {
        var challenge = Challenge;
        var algorithm = challenge.Algorithm;
        var nonceCount = Interlocked.Increment(ref _nonceCount).ToString("x8", CultureInfo.InvariantCulture);
        var ha1 = DigestHash.IsSessionVariant(algorithm)
            ? DigestHash.Hex(algorithm, _ha1 + ":" + challenge.Nonce + ":" + cnonce)
            : _ha1;
        var ha2 = DigestHash.Hex(algorithm, method + ":" + requestTarget);
        var response = challenge.UseQopAuth
            ? DigestHash.Hex(algorithm, ha1 + ":" + challenge.Nonce + ":" + nonceCount + ":" + cnonce + ":auth:" + ha2)
            : DigestHash.Hex(algorithm, ha1 + ":" + challenge.Nonce + ":" + ha2);

        var header = new StringBuilder(256);
        AppendQuoted(header, "username", UserName).Append(", ");
        AppendQuoted(header, "realm", challenge.Realm).Append(", ");
        AppendQuoted(header, "nonce", challenge.Nonce).Append(", ");
        AppendQuoted(header, "uri", requestTarget).Append(", ");
        header.Append("algorithm=").Append(algorithm).Append(", ");
        AppendQuoted(header, "response", response);
        if (challenge.UseQopAuth)
        {
            header.Append(", qop=auth, nc=").Append(nonceCount).Append(", ");
            AppendQuoted(header, "cnonce", cnonce);
        }

        if (challenge.Opaque is not null)
        {
            header.Append(", ");
            AppendQuoted(header, "opaque", challenge.Opaque);
        }

        return header.ToString();
    }

    private static StringBuilder AppendQuoted(StringBuilder builder, string name, string value)
        => builder.Append(name).Append("=\"").Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
}
