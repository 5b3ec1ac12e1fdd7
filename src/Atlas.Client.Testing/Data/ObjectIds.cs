using System;
using System.Security.Cryptography;

namespace Atlas.Client.Testing;

/// <summary>Atlas's 24-hexadecimal digit ids (<c>^([a-f0-9]{24})$</c>).</summary>
internal static class ObjectIds
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != 24)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not (>= '0' and <= '9') and not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }

    public static void Require(string id, string parameterName)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException("An id is 24 lowercase hexadecimal digits.", parameterName);
        }
    }
}

/// <summary>Atlas's cluster names (<c>^[a-zA-Z0-9][a-zA-Z0-9-]*$</c>).</summary>
internal static class ClusterNames
{
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
