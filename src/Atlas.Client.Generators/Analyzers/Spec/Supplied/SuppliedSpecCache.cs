using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.Generators.Analyzers.Spec.Supplied;

/// <summary>
/// Supplied specs by content: a spec is read once per distinct content in the process, however many compilations,
/// projects or keystrokes ask for it, and the catalog merged from it once per file name and opt-in. Keyed by the text's
/// checksum (which Roslyn computes once per <see cref="SourceText"/>, from the file's bytes), so an unchanged file
/// re-read by the IDE is found again, and an edited one is read anew. The few most recently used contents are kept.
/// </summary>
internal sealed class SuppliedSpecCache
{
    /// <summary>How many distinct contents are kept (a solution rarely has more than one spec; an edit makes a new one).</summary>
    public const int Capacity = 8;

    private readonly List<Entry> _entries = new();

    /// <summary>The cache the analyzers and code fixes share.</summary>
    public static SuppliedSpecCache Shared { get; } = new();

    /// <summary>The outcome of reading <paramref name="text"/>: computed by the first caller, shared with every later one.</summary>
    public SpecReadOutcome GetOrRead(SourceText text, CancellationToken cancellationToken)
    {
        var key = KeyOf(text);
        Entry entry;
        lock (_entries)
        {
            var index = _entries.FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                entry = _entries[index];
                _entries.RemoveAt(index);
            }
            else
            {
                entry = new Entry(key);
                if (_entries.Count == Capacity)
                {
                    _entries.RemoveAt(_entries.Count - 1);
                }
            }

            _entries.Insert(0, entry);
        }

        // One reader per content at a time; the others wait for its outcome. A cancelled read leaves no outcome, so the
        // next caller reads again.
        lock (entry)
        {
            entry.Outcome ??= SpecReadOutcome.Read(text, cancellationToken);
            return entry.Outcome;
        }
    }

    /// <summary>The checksum, its algorithm and the length: equal for equal contents, and computed once per text.</summary>
    private static string KeyOf(SourceText text)
    {
        var checksum = text.GetChecksum();
        var bytes = new byte[checksum.Length];
        checksum.CopyTo(bytes);
        return Convert.ToBase64String(bytes) + "/" + text.ChecksumAlgorithm + "/" + text.Length;
    }

    private sealed class Entry
    {
        public Entry(string key) => Key = key;

        public string Key { get; }

        public SpecReadOutcome? Outcome { get; set; }
    }
}
