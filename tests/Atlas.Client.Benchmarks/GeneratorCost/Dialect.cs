namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>Which generator's attribute dialect a synthetic interface is written in.</summary>
internal enum Dialect
{
    /// <summary>Refit 16.4.0: <c>[Get]</c>/<c>[Delete]</c> plus <c>[Headers("Accept: …")]</c> on a plain interface.</summary>
    Refit,

    /// <summary>Atlas.Client: <c>[AtlasClient]</c> on a partial interface, <c>[Get(…, Version = …)]</c>.</summary>
    Atlas,
}
