using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Descriptors;

/// <summary>The replacement's parts as diagnostic message arguments; an operation without one says so instead.</summary>
internal static class SunsetMessages
{
    private const string NoReplacement = "(no replacement)";

    public static string ReplacementId(SunsetOperation op) => op.ReplacementOperationId ?? NoReplacement;

    public static string ReplacementMethod(SunsetOperation op) => op.ReplacementMethod ?? "-";

    public static string ReplacementPath(SunsetOperation op) => op.ReplacementPath ?? "-";

    public static string ReplacementVersion(SunsetOperation op) => op.ReplacementVersion ?? "-";
}
