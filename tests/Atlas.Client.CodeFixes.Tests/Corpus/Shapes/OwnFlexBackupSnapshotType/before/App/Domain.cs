namespace Shop.Domain;

/// <summary>The shop's own record of a Flex backup (not Atlas.Client's model).</summary>
public sealed record FlexBackupSnapshot(string Id, DateTimeOffset Taken);
