using System.Globalization;

namespace Atlas.Client.Reliability.Tests.Infrastructure;

/// <summary>
/// How much work each part does. CI runs at scale 1 (at least 5,000 fuzz cases, 10,000 load calls, a few minutes on
/// two cores); <c>ATLAS_RELIABILITY_SCALE=N</c> multiplies the fuzz cases and the load calls by N for longer local runs.
/// </summary>
internal static class ReliabilityScale
{
    public const string VariableName = "ATLAS_RELIABILITY_SCALE";

    public static int Factor { get; } = Read();

    public static int Times(int ciAmount) => checked(ciAmount * Factor);

    private static int Read()
    {
        var text = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var factor) && factor is >= 1 and <= 10_000
            ? factor
            : throw new InvalidOperationException($"{VariableName} is '{text}'; set it to a whole number from 1 to 10000 (1 is the CI scale).");
    }
}
