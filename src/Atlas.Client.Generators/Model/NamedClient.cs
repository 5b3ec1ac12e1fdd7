namespace Atlas.Client.Generators.Model;

/// <summary>A client and the (collision-free) file name it is emitted under; equal when both are.</summary>
internal sealed record NamedClient(ClientModel Client, string HintName);
