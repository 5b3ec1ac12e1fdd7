namespace Atlas.Client.SpecTool;

/// <summary>What kind of change a <see cref="SpecChange"/> is; the report lists them in this order.</summary>
internal enum SpecChangeKind
{
    /// <summary>An operation the previous spec had and the new one lacks (ATLAS0105 when opted in).</summary>
    Removed,

    /// <summary>A version that gained an <c>x-sunset</c> date (ATLAS0102, then ATLAS0101 once it passes).</summary>
    NewSunset,

    /// <summary>A version whose sunset date changed.</summary>
    SunsetMoved,

    /// <summary>A version whose sunset date is gone.</summary>
    SunsetWithdrawn,

    /// <summary>An operation newly marked <c>deprecated</c>.</summary>
    Deprecated,

    /// <summary>An operation no longer marked <c>deprecated</c>.</summary>
    Undeprecated,

    /// <summary>A resource version an operation no longer offers (ATLAS0103 for code that sends it).</summary>
    VersionDropped,

    /// <summary>A resource version an operation offers now.</summary>
    VersionAdded,

    /// <summary>An operation whose operationId changed.</summary>
    Renamed,

    /// <summary>An operation only the new spec has.</summary>
    Added,
}

/// <summary>One change between two specs: the operation (<c>METHOD path</c>, its operationId) and what changed.</summary>
internal sealed record SpecChange(SpecChangeKind Kind, string Operation, string OperationId, string Detail);
