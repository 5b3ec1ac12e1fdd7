namespace Atlas.Client.Testing;

/// <summary>The Atlas simulator (placeholder until the simulator work lands).</summary>
public sealed class AtlasSimulator
{
}
