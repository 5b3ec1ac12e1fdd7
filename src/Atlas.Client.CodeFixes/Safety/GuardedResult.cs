using System.Collections.Generic;
using Atlas.Client.CodeFixes.Editing;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>What <see cref="GuardedSolver"/> settled on: the units it applies (with the variant of each) and the result.</summary>
internal sealed class GuardedResult
{
    public GuardedResult(Solution solution, IReadOnlyList<(FixUnit Unit, FixVariant Variant)> applied, EditSet edits, int repairs, IReadOnlyList<string> declined)
    {
        Solution = solution;
        Applied = applied;
        Edits = edits;
        Repairs = repairs;
        Declined = declined;
    }

    public Solution Solution { get; }

    public IReadOnlyList<(FixUnit Unit, FixVariant Variant)> Applied { get; }

    /// <summary>Every edit applied: the units' and the repairs'.</summary>
    public EditSet Edits { get; }

    /// <summary>How many of <see cref="Edits"/> are repairs (edits the units needed to build, found from the build's errors).</summary>
    public int Repairs { get; }

    /// <summary>Why units were declined, for tests and traces: "unit: first problem".</summary>
    public IReadOnlyList<string> Declined { get; }
}
