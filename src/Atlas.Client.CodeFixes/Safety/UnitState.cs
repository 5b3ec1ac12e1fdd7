namespace Atlas.Client.CodeFixes.Safety;

/// <summary>A unit during solving: which of its variants is being tried.</summary>
internal sealed class UnitState
{
    private int _variant;

    public UnitState(FixUnit unit) => Unit = unit;

    public FixUnit Unit { get; }

    /// <summary>The variant being tried, or null when every variant was turned down.</summary>
    public FixVariant? Current => _variant < Unit.Variants.Length ? Unit.Variants[_variant] : null;

    /// <summary>Moves to the next variant; false when there is none.</summary>
    public bool Advance()
    {
        _variant++;
        return Current is not null;
    }

    public override string ToString() => Unit.Key + "#" + _variant;
}
