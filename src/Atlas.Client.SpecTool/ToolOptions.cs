namespace Atlas.Client.SpecTool;

/// <summary>The options after the command: <c>--from</c>, <c>--out</c>, <c>--check</c> and the positional arguments.</summary>
internal sealed class ToolOptions
{
    public string? From { get; private set; }

    public string? Out { get; private set; }

    public bool Check { get; private set; }

    public List<string> Positional { get; } = new();

    public static ToolOptions Parse(string[] args)
    {
        var options = new ToolOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from":
                    options.From = Value(args, ref i);
                    break;
                case "--out":
                    options.Out = Value(args, ref i);
                    break;
                case "--check":
                    options.Check = true;
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option {flag}");
                default:
                    options.Positional.Add(args[i]);
                    break;
            }
        }

        return options;
    }

    private static string Value(string[] args, ref int i)
        => ++i < args.Length ? args[i] : throw new UsageException($"{args[i - 1]} needs a value");

    internal sealed class UsageException(string message) : Exception(message);
}
