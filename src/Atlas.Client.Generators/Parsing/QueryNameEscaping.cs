using System.Text;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Percent-escapes a query parameter's name at compile time with the rule the runtime uses for values (RFC 3986
/// unreserved characters stay, everything else becomes UTF-8 %XX), so a call never escapes a name again.
/// </summary>
internal static class QueryNameEscaping
{
    public static string Escape(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            var c = (char)b;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
