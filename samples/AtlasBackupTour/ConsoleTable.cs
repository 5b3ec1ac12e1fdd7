using System.Text;

namespace AtlasBackupTour;

/// <summary>Renders rows as a plain-text table with aligned columns (no colours, so output can be checked and piped).</summary>
internal static class ConsoleTable
{
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = new int[headers.Count];
        for (var c = 0; c < headers.Count; c++)
        {
            widths[c] = headers[c].Length;
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var text = new StringBuilder();
        AppendRow(text, headers, widths);
        text.Append("  ");
        for (var c = 0; c < widths.Length; c++)
        {
            text.Append(new string('-', widths[c]));
            text.Append(c == widths.Length - 1 ? "\n" : "  ");
        }

        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        text.Append("  ");
        for (var c = 0; c < widths.Length; c++)
        {
            text.Append(c == widths.Length - 1 ? cells[c] : cells[c].PadRight(widths[c] + 2));
        }

        text.Append('\n');
    }
}
