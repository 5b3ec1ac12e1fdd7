using System.Collections.Immutable;
using Atlas.Client.CodeFixes.Editing;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>One way of fixing a diagnostic: its edits and the title the IDE shows for it.</summary>
internal sealed class FixVariant
{
    public FixVariant(EditSet edits, string title)
    {
        Edits = edits;
        Title = title;
    }

    public EditSet Edits { get; }

    public string Title { get; }
}

/// <summary>
/// What a fix proposes for one diagnostic: its variants, best first (a migration that also renames the method, then
/// one that keeps the name, …). <see cref="GuardedSolver"/> takes the first variant the build accepts, or none.
/// </summary>
internal sealed class FixUnit
{
    public FixUnit(string key, string equivalenceKey, ImmutableArray<FixVariant> variants)
    {
        Key = key;
        EquivalenceKey = equivalenceKey;
        Variants = variants;
    }

    /// <summary>Identifies the unit and orders units deterministically (diagnostic ID, file, position).</summary>
    public string Key { get; }

    public string EquivalenceKey { get; }

    public ImmutableArray<FixVariant> Variants { get; }

    public static string KeyOf(Diagnostic diagnostic) => KeyOf(diagnostic.Id, diagnostic.Location.SourceTree?.FilePath, diagnostic.Location.SourceSpan.Start);

    /// <summary>The key of the unit for diagnostic <paramref name="id"/> at <paramref name="position"/> of a file.</summary>
    public static string KeyOf(string id, string? path, int position)
        => id + "|" + (path ?? "") + "|" + position.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => Key;
}
