using System;
using System.Text;
namespace Atlas.Client.Generators.Model;

/// <summary>
/// Generated file names that <c>SourceProductionContext.AddSource</c> accepts whatever the user
/// named things: it rejects characters such as '@' (from <c>namespace @event</c>) and compares names ignoring case, so
/// two clients in namespaces that differ only in case would otherwise collide. Either would make the generator throw.
/// </summary>
internal static class HintNames
{
    /// <summary>The readable name when it is plain ASCII, else its plain characters and a hash of the whole name.</summary>
    public static string For(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' ? c : '_');
        }

        var text = safe.ToString();
        return text == name ? text : text + "." + Hash(name);
    }

    /// <summary>
    /// The client's file name, plus a hash of its interface's full name when another client's name differs from it only
    /// in case (Roslyn would reject the second as a duplicate).
    /// </summary>
    public static string Unique(ClientModel client, EquatableArray<string> allNames)
    {
        foreach (var other in allNames)
        {
            if (!string.Equals(other, client.HintName, StringComparison.Ordinal)
                && string.Equals(other, client.HintName, StringComparison.OrdinalIgnoreCase))
            {
                return client.HintName + "." + Hash(client.InterfaceType);
            }
        }

        return client.HintName;
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and processes, unlike string.GetHashCode.</summary>
    private static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
