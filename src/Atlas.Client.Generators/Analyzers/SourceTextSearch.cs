using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.Generators.Analyzers;

/// <summary>
/// Whether a file's text contains a word at all, read through a small reused buffer (no copy of the whole file): the
/// cheapest test that lets an analyzer skip a file in which what it looks for is never written.
/// </summary>
internal static class SourceTextSearch
{
    private const int ChunkSize = 8192;

    // One buffer per thread, reused for every file the thread scans (analyzers run concurrently).
    [System.ThreadStatic]
    private static char[]? t_buffer;

    public static bool ContainsAny(SourceText text, IReadOnlyList<string> needles)
    {
        var longest = 0;
        foreach (var needle in needles)
        {
            longest = needle.Length > longest ? needle.Length : longest;
        }

        if (longest == 0 || text.Length < 1)
        {
            return false;
        }

        // Chunks overlap by one needle's length, so a word cut by a chunk boundary is found in the next chunk.
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < ChunkSize + longest)
        {
            t_buffer = buffer = new char[ChunkSize + longest];
        }

        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            var count = System.Math.Min(ChunkSize + longest - 1, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            foreach (var needle in needles)
            {
                if (IndexOf(buffer, count, needle) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int IndexOf(char[] buffer, int count, string needle)
    {
        var last = count - needle.Length;
        for (var i = 0; i <= last; i++)
        {
            if (buffer[i] != needle[0])
            {
                continue;
            }

            var j = 1;
            while (j < needle.Length && buffer[i + j] == needle[j])
            {
                j++;
            }

            if (j == needle.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
