using System;
using System.Security.Cryptography;
using System.Text;

namespace Atlas.Client;

/// <summary>The hashes RFC 7616 names: MD5 (what Atlas asks for) and SHA-256, each also in its <c>-sess</c> form.</summary>
internal static class DigestHash
{
    public static bool IsSupported(string algorithm) => IsMd5(algorithm) || IsSha256(algorithm);

    public static bool IsSessionVariant(string algorithm) => algorithm.EndsWith("-sess", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lowercase hex digest of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Hex(string algorithm, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        byte[] digest;
#if NET5_0_OR_GREATER
        digest = IsSha256(algorithm) ? SHA256.HashData(bytes) : MD5.HashData(bytes);
#else
        using (HashAlgorithm hash = IsSha256(algorithm) ? SHA256.Create() : MD5.Create())
        {
            digest = hash.ComputeHash(bytes);
        }
#endif
        return ToHex(digest);
    }

    public static string RandomHex(int byteCount)
    {
        var bytes = new byte[byteCount];
#if NET5_0_OR_GREATER
        RandomNumberGenerator.Fill(bytes);
#else
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }
#endif
        return ToHex(bytes);
    }

    private static bool IsMd5(string algorithm)
        => string.Equals(algorithm, "MD5", StringComparison.OrdinalIgnoreCase) || string.Equals(algorithm, "MD5-sess", StringComparison.OrdinalIgnoreCase);

    private static bool IsSha256(string algorithm)
        => string.Equals(algorithm, "SHA-256", StringComparison.OrdinalIgnoreCase) || string.Equals(algorithm, "SHA-256-sess", StringComparison.OrdinalIgnoreCase);

    private static string ToHex(byte[] bytes)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
