namespace Atlas.Client.Benchmarks.AotApps;

/// <summary>The one optional argument every size app takes: the base address to call (Atlas itself by default).</summary>
internal static class AppArguments
{
    public static Uri BaseAddress(string[] args)
    {
        if (args.Length == 0)
        {
            return Atlas.Client.Benchmarks.Runtime.EndpointCall.BaseAddress;
        }

        return Uri.TryCreate(args[0], UriKind.Absolute, out var address)
            ? address
            : throw new ArgumentException($"The base address '{args[0]}' is not an absolute URI.", nameof(args));
    }
}
